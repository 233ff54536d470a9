# options: label=org.opencontainers.image.source:url label=org.opencontainers.image.version:semver
FROM alpine:3.20 AS base
LABEL org.opencontainers.image.version="1.0.0"
# expect: DF3049
FROM base
LABEL maintainer="ops@example.com"
