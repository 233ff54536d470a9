# expect: DF1004
FROM base AS app
RUN true
FROM alpine:3.20 AS base
RUN true
