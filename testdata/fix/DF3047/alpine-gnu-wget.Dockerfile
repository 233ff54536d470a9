FROM alpine:3.20 AS base
RUN apk add --no-cache wget

FROM base
RUN wget https://example.com/a.tgz
