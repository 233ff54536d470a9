ARG BASE=alpine:3.20
# expect: DF0001
ENV A=1
FROM ${BASE}
RUN true
