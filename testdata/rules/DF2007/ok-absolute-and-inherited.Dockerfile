FROM alpine:3.20 AS base
WORKDIR /srv

FROM base
WORKDIR app

FROM alpine:3.20
WORKDIR '/usr/local'
WORKDIR bin
