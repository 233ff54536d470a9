FROM alpine:3.20 AS app
COPY --from=app:latest /etc/x /etc/x
COPY --from=docker.io/library/app /etc/y /etc/y
