ARG NODE_VERSION=20
# expect: DF2006
FROM node:${NODE_VERSON}-alpine
RUN node --version
