FROM opensuse/leap:15.6
# expect: DF3035
RUN zypper -n dist-upgrade
# expect: DF3035
RUN zypper refresh && \
    zypper -n dup
