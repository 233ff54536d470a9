FROM alpine:3.20 AS base
RUN apk add --no-cache ca-certificates
FROM base AS app
COPY . /app
FROM app
