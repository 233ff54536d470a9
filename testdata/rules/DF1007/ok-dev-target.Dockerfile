FROM golang:1.22 AS base
WORKDIR /src
FROM base AS build
RUN go build -o /app .
FROM base AS dev
RUN go install github.com/go-delve/delve/cmd/dlv@latest
