# syntax=docker/dockerfile:1.4.0
# the pin is new enough: a tmpfs mount with a size limit
FROM alpine:3.20
RUN --mount=type=tmpfs,target=/tmp/build,size=64m sh -c "echo building"
