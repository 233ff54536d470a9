FROM golang:1.22 AS build
RUN go build -o /app .
FROM alpine:3.20 AS certs
RUN apk add --no-cache ca-certificates
FROM scratch
COPY --from=build /app /app
COPY --from=certs /etc/ssl /etc/ssl
