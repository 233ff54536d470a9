# syntax=docker/dockerfile:1.6
# needs a newer frontend than the pin: a version with its leading v trimmed
FROM alpine:3.20
ARG TAG=v1.2.3
# expect: DF1015
ENV APP_VERSION=${TAG#v}
