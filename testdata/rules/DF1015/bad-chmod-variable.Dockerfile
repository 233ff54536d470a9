# syntax=docker/dockerfile:1.9
# needs a newer frontend than the pin: a mode taken from a build argument
FROM alpine:3.20
ARG MODE=755
# expect: DF1015
COPY --chmod=$MODE app.sh /usr/local/bin/app.sh
