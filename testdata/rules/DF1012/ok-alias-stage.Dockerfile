ARG SRC=golang:1.22
FROM ${SRC} AS src
FROM alpine:3.20
COPY --from=src /usr/local/go/VERSION /VERSION
RUN --mount=from=src$,target=/s true
