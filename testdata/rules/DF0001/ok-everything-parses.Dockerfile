# syntax=docker/dockerfile:1
FROM alpine:3.20 AS base
RUN <<EOF
set -e
apk add --no-cache curl
EOF
COPY <<-"CONF" /etc/app.conf
	key=value
	CONF
RUN apk add \
    # comments inside a continuation are fine
    git
HEALTHCHECK --interval=30s --retries=3 CMD ["curl", "-f", "http://localhost/"]
ONBUILD COPY . /src
CMD ["sh"]
