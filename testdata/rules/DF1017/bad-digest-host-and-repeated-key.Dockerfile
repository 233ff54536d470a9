FROM alpine:3.20 AS build
# expect: DF1017
FROM mcr.microsoft.com/vscode/devcontainers/cpp@sha256:2aebcd72d4f991ce49b7158529e51081f0cd082a4eaba19d14411e9f51369 AS short-digest
# expect: DF1017
FROM alpine:linux/arm64 AS not-a-host
FROM alpine:3.20
# the last from= of a mount counts
# expect: DF1017
RUN --mount=from=build,target=/x,from=Foo true
