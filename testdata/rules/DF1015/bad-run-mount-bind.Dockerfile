# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: a bind mount of the build context
FROM alpine:3.20
WORKDIR /src
# expect: DF1015
RUN --mount=type=bind,target=/src make
