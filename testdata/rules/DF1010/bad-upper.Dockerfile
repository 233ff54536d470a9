# expect: DF1010
FROM golang:1.22 AS Builder
RUN go build -o /app .
FROM alpine:3.20
COPY --from=Builder /app /app
