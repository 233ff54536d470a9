# syntax=docker/dockerfile:1.10.0
# the pin is new enough: a mode taken from a build argument
FROM alpine:3.20
ARG MODE=755
COPY --chmod=$MODE app.sh /usr/local/bin/app.sh
