FROM opensuse/leap:15.6
RUN zypper install curl && zypper rm vim && zypper clean
