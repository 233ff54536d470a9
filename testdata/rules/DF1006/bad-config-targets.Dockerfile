# options: config-target=release
# targets: in .dflint.yaml are authoritative, like --target
FROM golang:1.22 AS build
RUN go build -o /app .
# expect: DF1006
FROM build AS test
RUN go test ./...
FROM gcr.io/distroless/static AS release
COPY --from=build /app /app
