# syntax=docker/dockerfile:1.19
# needs a newer frontend than the pin: a copy that keeps the source directories
FROM alpine:3.20
# expect: DF1015
COPY --parents ./services/*/package.json /src/
