FROM debian:12 AS base
RUN apt-get update

FROM Base AS app
RUN echo app
