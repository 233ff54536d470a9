# syntax=docker/dockerfile:1.4.0
# the pin is new enough: a script written as a heredoc
FROM alpine:3.20
RUN <<EOF
apk add --no-cache curl
EOF
