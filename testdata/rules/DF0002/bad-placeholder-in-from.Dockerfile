# expect: DF0002
FROM alpine:{{ .alpine.version }} AS build
RUN apk add --no-cache build-base
