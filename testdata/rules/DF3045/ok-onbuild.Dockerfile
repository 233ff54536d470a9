FROM debian:12 AS base
ONBUILD WORKDIR /usr/local/lib
ONBUILD COPY foo bar
FROM base
COPY foo bar
