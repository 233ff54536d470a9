FROM opensuse/leap:15.6
# expect: DF3036
RUN zypper install -y mariadb=10.11.6
# expect: DF3036
RUN zypper clean && zypper install -y unzip=6.0
