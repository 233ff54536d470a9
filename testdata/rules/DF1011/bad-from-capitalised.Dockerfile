FROM golang:1.22 AS builder
RUN go build -o /app .
# expect: DF1011
FROM Builder
CMD ["/app"]
