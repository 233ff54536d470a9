FROM fedora:40 AS build
RUN dnf install -y gcc-14.1.1 make-4.4.1
FROM fedora:40
COPY --from=build /usr/bin/make /usr/local/bin/make
