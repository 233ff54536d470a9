# syntax=docker/dockerfile:1.28.0
# the pin is new enough: an owner without a group after the colon
FROM alpine:3.20
RUN adduser -D app
COPY --chown=app: app.sh /home/app/app.sh
