FROM opensuse/leap:15.6
RUN zypper install -y mariadb=10.11.6 && zypper clean
RUN zypper install -y unzip=6.0 && zypper cc
RUN --mount=type=cache,target=/var/cache/zypp zypper install -y tar=1.34
RUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y gzip=1.12
