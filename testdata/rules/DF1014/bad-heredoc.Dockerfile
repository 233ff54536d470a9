FROM alpine:3.20
# expect: DF1014
RUN <<EOF
apk add --no-cache curl
EOF
COPY <<EOF /etc/motd
hello
EOF
ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/a.tgz /a.tgz
