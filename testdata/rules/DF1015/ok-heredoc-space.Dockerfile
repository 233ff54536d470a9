# syntax=docker/dockerfile:1.16.0
# the pin is new enough: a heredoc opened with a space after <<
FROM alpine:3.20
RUN << EOF
apk add --no-cache curl
EOF
