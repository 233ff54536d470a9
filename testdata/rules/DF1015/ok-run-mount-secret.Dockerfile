# syntax=docker/dockerfile:1.2.0
# the pin is new enough: a secret mounted as a file
FROM alpine:3.20
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc
