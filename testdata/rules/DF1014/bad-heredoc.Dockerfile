FROM alpine:3.20
# expect: DF1014
RUN <<EOF
apk add --no-cache curl
EOF
# expect: DF1014
COPY <<EOF /etc/motd
hello
EOF
# expect: DF1014
ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/a.tgz /a.tgz
