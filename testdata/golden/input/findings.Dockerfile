# syntax=docker/dockerfile:1
from alpine:3.20
maintainer someone
RNU echo hi
RUN set -e; \
    echo one; \
    echo two
EXPOSE 8080
COPY --nope=1 a b
