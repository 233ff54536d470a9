FROM alpine:3.20
ARG DIR=data
WORKDIR "$DIR/store"
