FROM opensuse/leap:15.6
# expect: DF3037
RUN zypper install -y tomcat && zypper clean
# expect: DF3037
RUN zypper -n in curl=8.6.0 \
      wget \
    && zypper clean
