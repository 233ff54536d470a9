# options: build-arg=NODE_TAG=22.4-alpine
ARG NODE_TAG=latest
FROM node:${NODE_TAG}
