# syntax=docker/dockerfile:1.15
# needs a newer frontend than the pin: a Git source pinned by its commit
FROM alpine:3.20
# expect: DF1015
ADD --checksum=be1f38e https://github.com/moby/buildkit.git#v0.26.2 /buildkit
