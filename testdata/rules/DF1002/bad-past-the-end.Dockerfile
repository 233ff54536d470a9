FROM golang:1.22 AS build
RUN go build -o /app .
FROM scratch
# expect: DF1002
COPY --from=2 /app /app
