FROM alpine:3.20
ENV PATH /usr/local/bin:$PATH
ENV MSG hello   world
ENV Q "a b" c
LABEL description This is the ${APP:-app} image
ENV LONG first \
    second
env lower value
