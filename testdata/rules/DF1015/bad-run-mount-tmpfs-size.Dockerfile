# syntax=docker/dockerfile:1.3
# needs a newer frontend than the pin: a tmpfs mount with a size limit
FROM alpine:3.20
# expect: DF1015
RUN --mount=type=tmpfs,target=/tmp/build,size=64m sh -c "echo building"
