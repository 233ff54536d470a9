# syntax=docker/dockerfile:1.6.0
# the pin is new enough: a Git repository added by URL
FROM alpine:3.20
ADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit
