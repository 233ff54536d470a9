FROM alpine:3.20
ENV APP_HOME=/srv/app PORT=8080
LABEL description="A small image"
ARG VERSION
