# a general note about this file
#
FROM alpine:3.20 AS base

# not a description
#
ARG VERSION

# comments above other instructions are not descriptions
RUN true
