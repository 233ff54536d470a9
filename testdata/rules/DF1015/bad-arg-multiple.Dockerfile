# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: two build arguments on one line
FROM alpine:3.20
# expect: DF1015
ARG VERSION=1.0 REVISION
RUN echo "$VERSION $REVISION"
