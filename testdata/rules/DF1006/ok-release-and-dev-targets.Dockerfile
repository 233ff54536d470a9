# Targets a repository builds from its bake file, CI or Makefile: every one is a named stage
# that no other stage uses, so each is a possible target and nothing here is dead.
FROM golang:1.22 AS base
WORKDIR /src
COPY . .
FROM base AS build
RUN go build -o /out/app ./cmd/app
FROM base AS test
RUN go test ./...
FROM base AS lint
RUN go vet ./...
FROM base AS dev-env
RUN go install github.com/go-delve/delve/cmd/dlv@latest
FROM scratch AS binaries
COPY --from=build /out/app /
FROM gcr.io/distroless/static AS release
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
