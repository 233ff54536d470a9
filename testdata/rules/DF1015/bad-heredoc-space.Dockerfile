# syntax=docker/dockerfile:1.15
# needs a newer frontend than the pin: a heredoc opened with a space after <<
FROM alpine:3.20
# expect: DF1015
RUN << EOF
apk add --no-cache curl
EOF
