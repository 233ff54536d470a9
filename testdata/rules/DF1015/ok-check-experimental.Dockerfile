# syntax=docker/dockerfile:1.10.0
# check=experimental=all
# the pin is new enough: experimental build checks enabled
FROM alpine:3.20
RUN echo hello
