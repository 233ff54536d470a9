FROM golang:1.22 AS builder
FROM alpine:3.20 AS final-stage_1.0
COPY --from=BUILDER /app /app
