FROM opensuse/leap:15.6
# expect: DF3034
RUN zypper install httpd=2.4.58 && zypper clean
# expect: DF3034
RUN zypper rm vim && zypper clean
# expect: DF3034
ONBUILD RUN zypper patch
