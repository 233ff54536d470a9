# syntax=docker/dockerfile:1.27.0
# the pin is new enough: a local zstd tar archive
FROM alpine:3.20
ADD rootfs.tar.zst /srv/
