ARG BASE=alpine:3.20
# expect: DF3061
ENV A=1
FROM ${BASE}
RUN true
