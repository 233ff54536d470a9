# syntax=docker/dockerfile:1.2.0
# the pin is new enough: an ssh agent socket
FROM alpine:3.20
RUN apk add --no-cache git openssh-client
RUN --mount=type=ssh git clone git@github.com:example/private.git /src
