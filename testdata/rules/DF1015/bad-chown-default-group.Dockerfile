# syntax=docker/dockerfile:1.27
# needs a newer frontend than the pin: an owner without a group after the colon
FROM alpine:3.20
RUN adduser -D app
# expect: DF1015
COPY --chown=app: app.sh /home/app/app.sh
