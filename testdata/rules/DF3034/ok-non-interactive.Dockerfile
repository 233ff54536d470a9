FROM opensuse/leap:15.6
RUN zypper install -n httpd=2.4.58 && zypper clean
RUN zypper --non-interactive install tar=1.34 && zypper clean
RUN zypper -n in curl=8.6.0 && zypper clean
RUN zypper install -y gzip=1.12 && zypper clean
RUN zypper install --no-confirm unzip=6.0 && zypper clean
RUN zypper refresh
