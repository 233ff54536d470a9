FROM alpine:3.20 AS base
# expect: DF2016
# Flags for the compiler
ARG CFLAGS LDFLAGS
