FROM alpine:3.20 AS base
ONBUILD COPY --chmown=app . /app
FROM alpine:3.20
RUN true
