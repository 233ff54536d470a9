ARG STAGE=Base
FROM alpine:3.20 AS base
RUN true
# expect: DF1011
FROM ${STAGE} AS final
