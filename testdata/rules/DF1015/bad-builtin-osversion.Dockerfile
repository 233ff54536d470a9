# syntax=docker/dockerfile:1.12
# needs a newer frontend than the pin: the target OS version of a Windows build
FROM alpine:3.20
# expect: DF1015
ARG TARGETOSVERSION
RUN echo "$TARGETOSVERSION"
