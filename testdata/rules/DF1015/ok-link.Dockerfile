# syntax=docker/dockerfile:1.4.0
# the pin is new enough: a linked copy
FROM alpine:3.20
COPY --link app.sh /usr/local/bin/app.sh
