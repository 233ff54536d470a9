# An unused stage whose name begins with "build" is a leftover, not a target.
# expect: DF1006
FROM golang:1.23 AS build-env
RUN go version

FROM alpine:3.20 AS app
RUN echo app
