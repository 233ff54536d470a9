# syntax=docker/dockerfile:1.26
# needs a newer frontend than the pin: a local zstd tar archive
FROM alpine:3.20
# expect: DF1015
ADD rootfs.tar.zst /srv/
