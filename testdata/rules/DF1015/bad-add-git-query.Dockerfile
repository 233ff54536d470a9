# syntax=docker/dockerfile:1.17
# needs a newer frontend than the pin: a Git URL with query parameters
FROM alpine:3.20
# expect: DF1015
ADD https://github.com/moby/buildkit.git?tag=v0.26.2&subdir=docs /buildkit-docs
