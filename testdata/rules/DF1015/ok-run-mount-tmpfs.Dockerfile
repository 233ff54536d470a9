# syntax=docker/dockerfile:1.2.0
# the pin is new enough: a tmpfs scratch directory
FROM alpine:3.20
RUN --mount=type=tmpfs,target=/tmp/build sh -c "echo building"
