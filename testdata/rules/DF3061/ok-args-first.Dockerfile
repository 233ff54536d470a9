# syntax=docker/dockerfile:1
ARG BASE=alpine:3.20
ARG TAG
FROM ${BASE} AS build
ENV A=1
FROM build
RUN true
