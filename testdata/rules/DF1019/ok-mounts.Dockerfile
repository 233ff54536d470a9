FROM ubuntu:24.04 AS deps
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked,mode=0755 apt-get update
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required npm ci
RUN --mount=type=ssh,required=false git --version
RUN --mount=type=tmpfs,target=/tmp,size=64m true
WORKDIR /src
RUN --mount=type=bind,target=. make
FROM node:22
# node's image sets its own working directory
RUN --mount=type=bind,target=. npm test
