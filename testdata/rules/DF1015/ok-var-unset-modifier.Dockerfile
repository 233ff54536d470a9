# syntax=docker/dockerfile:1.6.0
# the pin is new enough: a default only for an unset variable
FROM alpine:3.20
ARG VERSION
ENV APP_VERSION=${VERSION-dev}
