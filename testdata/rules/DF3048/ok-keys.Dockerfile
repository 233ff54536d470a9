FROM alpine:3.20
LABEL org.opencontainers.image.title="app" maintainer="ops@example.com"
LABEL "org.valid-key.label3"="foo" com.example.some_key=1
