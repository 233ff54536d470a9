# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: a tmpfs scratch directory
FROM alpine:3.20
# expect: DF1015
RUN --mount=type=tmpfs,target=/tmp/build sh -c "echo building"
