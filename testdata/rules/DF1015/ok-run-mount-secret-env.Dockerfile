# syntax=docker/dockerfile:1.10.0
# the pin is new enough: a secret exposed as an environment variable
FROM alpine:3.20
RUN --mount=type=secret,id=token,env=API_TOKEN sh -c 'test -n "$API_TOKEN"'
