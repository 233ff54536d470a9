# a build stage only feeds COPY --from: it may stay root
FROM golang:1.22 AS build
USER root
RUN go build -o /out/app ./...
FROM debian:12-slim
COPY --from=build /out/app /usr/local/bin/app
USER 10001
