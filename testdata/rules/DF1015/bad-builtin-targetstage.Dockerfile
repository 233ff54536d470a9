# syntax=docker/dockerfile:1.10
# needs a newer frontend than the pin: the name of the stage being built
FROM alpine:3.20
# expect: DF1015
ARG TARGETSTAGE
RUN echo "building $TARGETSTAGE"
