# syntax=docker/dockerfile:1.2.0
# the pin is new enough: an ADD owner taken from a build argument
FROM alpine:3.20
ARG APP_USER=1000
ADD --chown=$APP_USER app.sh /home/app/app.sh
