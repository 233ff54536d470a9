FROM alpine:3.20 AS build
RUN apk add --no-cache curl
COPY . /src
