# options: trusted-registry=registry.example.com
ARG REGISTRY=docker.io
# expect: DF3026
FROM ${REGISTRY}/library/alpine:3.20
