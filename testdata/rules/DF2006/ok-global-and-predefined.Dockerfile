ARG BASE
ARG TAG=3.20
FROM --platform=$BUILDPLATFORM alpine:${TAG} AS build
FROM ${BASE:-alpine}:${TAG}
FROM --platform=$TARGETPLATFORM scratch
