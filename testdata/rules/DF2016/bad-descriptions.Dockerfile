# expect: DF2016
# the Go version to build with
ARG GO_VERSION=1.22

# expect: DF2016
# compiles the binary
FROM golang:${GO_VERSION} AS build
