FROM debian:12 AS base
USER root
RUN apt-get update
USER nobody
FROM base
RUN echo "runs as nobody"
