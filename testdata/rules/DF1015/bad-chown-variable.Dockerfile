# syntax=docker/dockerfile:1.0
# needs a newer frontend than the pin: an owner taken from a build argument
FROM alpine:3.20
ARG APP_USER=1000
# expect: DF1015
COPY --chown=$APP_USER app.sh /home/app/app.sh
