ARG SRC=build
FROM golang:1.22 AS build
FROM alpine:3.20
# expect: DF1012
COPY --from=$SRC /app /app
# expect: DF1012
COPY --from=${SRC} /app /app2
