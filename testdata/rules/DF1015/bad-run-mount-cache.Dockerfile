# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: a package cache mount
FROM alpine:3.20
# expect: DF1015
RUN --mount=type=cache,target=/var/cache/apk apk add curl
