FROM golang:1.22 AS build
FROM alpine:3.20
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
COPY --from=busybox /bin/busybox /busybox
COPY --from=ghcr.io/org/build /x /x
COPY --from=build /app /app
