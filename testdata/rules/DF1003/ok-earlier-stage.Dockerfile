FROM golang:1.22 AS build
RUN go build -o /app .
FROM alpine:3.20 AS final
COPY --from=build /app /app
