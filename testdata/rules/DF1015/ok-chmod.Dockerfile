# syntax=docker/dockerfile:1.2.0
# the pin is new enough: a copy that sets the mode
FROM alpine:3.20
COPY --chmod=755 app.sh /usr/local/bin/app.sh
