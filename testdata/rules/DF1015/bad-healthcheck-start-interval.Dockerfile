# syntax=docker/dockerfile:1.5
# needs a newer frontend than the pin: a health check that polls fast while starting
FROM alpine:3.20
# expect: DF1015
HEALTHCHECK --start-period=30s --start-interval=2s CMD wget -q -O- http://localhost/ || exit 1
