# options: build-arg=BASE_IMAGE=alpine:3.20
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
