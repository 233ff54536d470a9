ARG VERSION=1.2.3
FROM alpine:3.20 AS build
# expect: DF2008
LABEL org.opencontainers.image.version=$VERSION

FROM alpine:3.20
ARG VERSION
LABEL org.opencontainers.image.version=$VERSION
# the same ENV sets A: one finding, DF3044's (BuildKit also reports UndefinedVar here)
# expect: DF3044
ENV A=1 B=$A
# expect: DF2008
COPY <<EOF /etc/motd
built by ${BUILDER}
EOF
