FROM fedora:40
RUN dnf install -y mariadb-10.11.8 && dnf clean all
RUN microdnf install -y tar-1.35 && microdnf clean all
RUN dnf in -y zip-3.0 && rm -rf /var/cache/dnf/*
RUN dnf -y up && rm -rf /var/cache/libdnf5
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y unzip-6.0
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y gzip-1.13
RUN notdnf install mariadb
