FROM --platform=${TARGETPLATFORM:+linux/arm64} alpine:3.20
