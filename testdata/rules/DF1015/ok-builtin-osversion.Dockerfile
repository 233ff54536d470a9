# syntax=docker/dockerfile:1.13.0
# the pin is new enough: the target OS version of a Windows build
FROM alpine:3.20
ARG TARGETOSVERSION
RUN echo "$TARGETOSVERSION"
