# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: an ssh agent socket
FROM alpine:3.20
RUN apk add --no-cache git openssh-client
# expect: DF1015
RUN --mount=type=ssh git clone git@github.com:example/private.git /src
