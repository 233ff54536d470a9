FROM alpine:3.20 AS build
# a stage only copied from does not ship its cache
RUN apk add gcc=13.2.1_git20240309-r0
FROM alpine:3.20
RUN apk add --no-cache curl=8.9.0-r0
RUN --mount=type=cache,target=/var/cache/apk apk add -U git=2.45.2-r0
RUN --mount=type=tmpfs,target=/var/cache/apk/ apk add -U jq=1.7.1-r0
RUN apk update && apk add zip=3.0-r12 && rm -rf /var/cache/apk/*
COPY --from=build /usr/bin/gcc /tmp/gcc
RUN apk add --no-network --virtual .run-deps so:libc.musl-x86_64.so.1
