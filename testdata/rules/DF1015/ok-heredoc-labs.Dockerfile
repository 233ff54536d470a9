# syntax=docker/dockerfile:1.3.0-labs
# the pin is new enough: a script written as a heredoc
FROM alpine:3.20
RUN <<EOF
apk add --no-cache curl
EOF
