FROM opensuse/leap:15.6
RUN zypper -n update openssl
RUN echo zypper dup > /notes.txt
