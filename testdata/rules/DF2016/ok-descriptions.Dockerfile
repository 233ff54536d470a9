# GO_VERSION is the Go toolchain used to build
ARG GO_VERSION=1.22

# build compiles the binary
FROM golang:${GO_VERSION} AS Build

# LDFLAGS are passed to the linker
ARG CFLAGS LDFLAGS
