ARG TARGETPLATFORM
# expect: DF2011
FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20 AS a
# a bare global ARG keeps the predefined value: still the default platform
# expect: DF2011
FROM --platform=$TARGETPLATFORM alpine:3.20 AS b
# expect: DF2011
FROM --platform=${TARGETPLATFORM:-linux/arm64} alpine:3.20
