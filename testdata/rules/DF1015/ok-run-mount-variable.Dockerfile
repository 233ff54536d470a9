# syntax=docker/dockerfile:1.3.0
# the pin is new enough: a cache target taken from a build argument
FROM alpine:3.20
ARG CACHE_DIR=/root/.cache
RUN --mount=type=cache,target=$CACHE_DIR pip install requests
