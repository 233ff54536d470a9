FROM golang:1.22 AS build
RUN go build -o /app .
# a named stage nothing uses is built with --target (CI runs the tests): not dead
FROM golang:1.22 AS test
RUN go test ./...
# expect: DF1006
FROM alpine:3.20
RUN echo unused
FROM gcr.io/distroless/static AS final
COPY --from=build /app /app
