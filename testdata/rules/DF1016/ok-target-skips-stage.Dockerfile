# options: target=final
FROM alpine:3.20 AS unused
LABEL version=${VERSION:i}
FROM alpine:3.20 AS final
RUN true
