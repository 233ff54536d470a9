# syntax=docker/dockerfile:1.18.0
# the pin is new enough: a Git URL with query parameters
FROM alpine:3.20
ADD https://github.com/moby/buildkit.git?tag=v0.26.2&subdir=docs /buildkit-docs
