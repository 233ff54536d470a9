# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: a secret mounted as a file
FROM alpine:3.20
# expect: DF1015
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc cat /root/.npmrc
