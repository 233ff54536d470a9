# options: target=app
FROM alpine:3.20 AS legacy
EXPOSE 80/TCP

FROM alpine:3.20 AS app
EXPOSE 80
