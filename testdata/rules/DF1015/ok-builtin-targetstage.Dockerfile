# syntax=docker/dockerfile:1.11.0
# the pin is new enough: the name of the stage being built
FROM alpine:3.20
ARG TARGETSTAGE
RUN echo "building $TARGETSTAGE"
