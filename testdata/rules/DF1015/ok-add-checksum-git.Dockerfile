# syntax=docker/dockerfile:1.16.0
# the pin is new enough: a Git source pinned by its commit
FROM alpine:3.20
ADD --checksum=be1f38e https://github.com/moby/buildkit.git#v0.26.2 /buildkit
