FROM alpine:3.20 AS base
ONBUILD COPY --chown=app . /app
ONBUILD RUN --network=none true
FROM base
