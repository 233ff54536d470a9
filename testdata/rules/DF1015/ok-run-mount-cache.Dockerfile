# syntax=docker/dockerfile:1.2.0
# the pin is new enough: a package cache mount
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add curl
