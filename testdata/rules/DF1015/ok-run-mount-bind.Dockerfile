# syntax=docker/dockerfile:1.2.0
# the pin is new enough: a bind mount of the build context
FROM alpine:3.20
WORKDIR /src
RUN --mount=type=bind,target=/src make
