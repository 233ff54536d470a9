# syntax=docker/dockerfile:1.11.0-labs
# the pin is new enough: a symbolic mode
FROM alpine:3.20
COPY --chmod=u+x app.sh /usr/local/bin/app.sh
