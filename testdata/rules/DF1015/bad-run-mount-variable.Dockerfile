# syntax=docker/dockerfile:1.2
# needs a newer frontend than the pin: a cache target taken from a build argument
FROM alpine:3.20
ARG CACHE_DIR=/root/.cache
# expect: DF1015
RUN --mount=type=cache,target=$CACHE_DIR pip install requests
