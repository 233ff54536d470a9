# syntax=docker/dockerfile:1.5
# needs a newer frontend than the pin: a default only for an unset variable
FROM alpine:3.20
ARG VERSION
# expect: DF1015
ENV APP_VERSION=${VERSION-dev}
