# options: build-arg=BASE=debian:12
ARG BASE=debian
FROM ${BASE}
