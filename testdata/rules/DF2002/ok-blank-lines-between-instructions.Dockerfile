FROM alpine:3.20

RUN apk add --no-cache curl

RUN <<EOF
echo one

echo two
EOF
