# syntax=docker/dockerfile:1.6.0
# the pin is new enough: a health check that polls fast while starting
FROM alpine:3.20
HEALTHCHECK --start-period=30s --start-interval=2s CMD wget -q -O- http://localhost/ || exit 1
