ARG BASE_IMAGE=alpine:3.20
FROM ${BASE_IMAGE} AS base
FROM golang:1.22@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS go
FROM base
COPY --from=busybox:1.36 /bin/sh /sh
COPY --from=scratch / /
RUN --mount=from=go,target=/go true
