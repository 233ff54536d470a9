FROM golang:1.22 AS base
WORKDIR /src
COPY . .
FROM base AS build
RUN go build -o /out/app ./cmd/app
FROM base AS unit-test
RUN go test ./...
FROM build AS integration-test
RUN go test -tags integration ./...
FROM golangci/golangci-lint:v1.59 AS golangci
FROM hadolint/hadolint:v2.12.0 AS hadolint
FROM alpine:3.20 AS debug-tools
RUN apk add --no-cache strace
# no name: no --target can build it, and no stage uses it
FROM debug-tools
RUN echo leftover
FROM gcr.io/distroless/static AS runtime
COPY --from=build /out/app /app
FROM runtime AS runtime-debug
COPY --from=busybox:1.36 /bin/busybox /busybox
