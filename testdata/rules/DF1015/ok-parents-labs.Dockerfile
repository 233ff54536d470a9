# syntax=docker/dockerfile:1.7.0-labs
# the pin is new enough: a copy that keeps the source directories
FROM alpine:3.20
COPY --parents ./services/*/package.json /src/
