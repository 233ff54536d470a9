ARG BASE=python
ARG REGISTRY=ghcr.io/acme
# expect: DF3006
FROM ${BASE}
# expect: DF3006
FROM $REGISTRY/tool AS tool
