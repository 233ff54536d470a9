ARG VERSION=1.2.3
FROM alpine:3.20 AS build
# expect: DF2008
LABEL org.opencontainers.image.version=$VERSION

FROM alpine:3.20
ARG VERSION
LABEL org.opencontainers.image.version=$VERSION
# expect: DF2008
ENV A=1 B=$A
# expect: DF2008
COPY <<EOF /etc/motd
built by ${BUILDER}
EOF
