# syntax=docker/dockerfile:1.20.0
# the pin is new enough: a copy that keeps the source directories
FROM alpine:3.20
COPY --parents ./services/*/package.json /src/
