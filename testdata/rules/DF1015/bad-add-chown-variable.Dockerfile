# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: an ADD owner taken from a build argument
FROM alpine:3.20
ARG APP_USER=1000
# expect: DF1015
ADD --chown=$APP_USER app.sh /home/app/app.sh
