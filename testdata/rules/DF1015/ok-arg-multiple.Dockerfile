# syntax=docker/dockerfile:1.2.0
# the pin is new enough: two build arguments on one line
FROM alpine:3.20
ARG VERSION=1.0 REVISION
RUN echo "$VERSION $REVISION"
