# syntax=docker/dockerfile:1.17.0
# the pin is new enough: a local archive extracted with an owner
FROM alpine:3.20
ADD --chown=1000:1000 rootfs.tar.gz /srv/
