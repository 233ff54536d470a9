FROM golang:1.22 AS build-a
FROM golang:1.22 AS build-b
FROM alpine:3.20
COPY --from=build-a /a /a
COPY --from=build-b /b /b
