# syntax=docker/dockerfile:1.8.0
# check=skip=StageNameCasing
# the pin is new enough: build checks configured in the file
FROM alpine:3.20
RUN echo hello
