# dflint targets=release, test
FROM golang:1.22 AS build
RUN go build -o /app .
FROM build AS test
RUN go test ./...
# named and unused, but the pragma lists every target the repository builds
# expect: DF1006
FROM build AS debug
RUN go install github.com/go-delve/delve/cmd/dlv@latest
FROM gcr.io/distroless/static AS release
COPY --from=build /app /app
