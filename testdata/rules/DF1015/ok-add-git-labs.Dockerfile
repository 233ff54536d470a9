# syntax=docker/dockerfile:1.5.0-labs
# the pin is new enough: a Git repository added by URL
FROM alpine:3.20
ADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit
