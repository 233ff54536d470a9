# syntax=docker/dockerfile:1.9
# needs a newer frontend than the pin: a secret exposed as an environment variable
FROM alpine:3.20
# expect: DF1015
RUN --mount=type=secret,id=token,env=API_TOKEN sh -c 'test -n "$API_TOKEN"'
