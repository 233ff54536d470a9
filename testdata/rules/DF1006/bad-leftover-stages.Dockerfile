FROM golang:1.22 AS build
RUN go build -o /app .
# expect: DF1006
FROM golang:1.22 AS test
RUN go test ./...
# expect: DF1006
FROM alpine:3.20
RUN echo unused
FROM gcr.io/distroless/static AS final
COPY --from=build /app /app
