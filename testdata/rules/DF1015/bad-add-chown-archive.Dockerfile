# syntax=docker/dockerfile:1.16
# needs a newer frontend than the pin: a local archive extracted with an owner
FROM alpine:3.20
# expect: DF1015
ADD --chown=1000:1000 rootfs.tar.gz /srv/
