# syntax=docker/dockerfile:1.7.0
# the pin is new enough: a version with its leading v trimmed
FROM alpine:3.20
ARG TAG=v1.2.3
ENV APP_VERSION=${TAG#v}
