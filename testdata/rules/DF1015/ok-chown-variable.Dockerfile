# syntax=docker/dockerfile:1.1.0
# the pin is new enough: an owner taken from a build argument
FROM alpine:3.20
ARG APP_USER=1000
COPY --chown=$APP_USER app.sh /home/app/app.sh
