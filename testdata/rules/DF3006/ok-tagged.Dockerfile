ARG BASE=python:3.12-slim
ARG UNSET
FROM golang:1.22 AS build
FROM build AS test
FROM ruby@sha256:f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1d
FROM ${BASE}
FROM ${UNSET}
FROM scratch
COPY --from=build /out /out
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
FROM 0
