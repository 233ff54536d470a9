FROM golang:1.22 AS build
RUN go build -o /app .
FROM alpine:3.20
# expect: DF1013
COPY --from=biuld /app /app
