# syntax=docker/dockerfile:1.2-labs
# needs a newer frontend than the pin: a script written as a heredoc
FROM alpine:3.20
# expect: DF1015
RUN <<EOF
apk add --no-cache curl
EOF
