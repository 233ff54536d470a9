# syntax=docker/dockerfile:1.14.0
# the pin is new enough: a symbolic mode
FROM alpine:3.20
COPY --chmod=u+x app.sh /usr/local/bin/app.sh
