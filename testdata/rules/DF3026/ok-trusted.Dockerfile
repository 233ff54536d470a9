# options: trusted-registry=registry.example.com trusted-registry=docker.io
ARG REGISTRY=registry.example.com
FROM ${REGISTRY}/base:1 AS base
FROM base AS app
FROM ubuntu:24.04
FROM library/alpine:3.20
FROM scratch
COPY --from=base /x /x
