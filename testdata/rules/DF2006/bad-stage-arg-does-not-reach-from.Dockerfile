FROM alpine:3.20 AS base
ARG RUNTIME=alpine:3.20

# expect: DF2006, DF2006
FROM --platform=$BUILDPLATFROM $RUNTIME
RUN true
