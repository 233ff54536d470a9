FROM golang:1.22 AS build
RUN go build ./cmd/a
# expect: DF1008
FROM golang:1.22 AS build
RUN go build ./cmd/b
FROM alpine:3.20
COPY --from=build /a /a
