FROM golang:1.22-alpine AS builder
RUN go build -o /app .
# expect: DF1007
FROM golang:alpine
COPY --from=builder /app /app
ENTRYPOINT ["/app"]
