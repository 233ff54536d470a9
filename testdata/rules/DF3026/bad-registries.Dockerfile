# options: trusted-registry=registry.example.com trusted-registry=*.mirror.example.org
# expect: DF3026
FROM python:3.12-slim AS build
# expect: DF3026
COPY --from=quay.io/prometheus/busybox:1.36 /bin/sh /bin/sh
# expect: DF3026
RUN --mount=type=bind,from=ghcr.io/acme/tools:1.0,target=/tools /tools/run
FROM eu.mirror.example.org/library/debian:12
