FROM alpine:3.20
ARG EXTRA
ARG LOG_LEVEL
# a modifier that handles a build argument left unset, and a variable extended with itself
ENV EXTRA_FLAGS=${EXTRA:+--extra=$EXTRA} \
    LEVEL=${LOG_LEVEL:-info}
ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
FROM node:22
# the node image may set NODE_OPTIONS: handling it unset is deliberate
ENV NODE_OPTIONS=${NODE_OPTIONS:---max-old-space-size=2048}
