FROM opensuse/leap:15.6 AS build
RUN zypper install -y gcc=13 make=4.4
FROM opensuse/leap:15.6
COPY --from=build /usr/bin/make /usr/local/bin/make
