FROM node:22-alpine AS base
# expect: DF3045
COPY package.json .
# expect: DF3045
ADD "app.tar.gz" app/
WORKDIR /srv
FROM node:22-alpine
# the WORKDIR of base is not inherited: this stage is built FROM node, not base
# expect: DF3045
COPY . src
# expect: DF3045
ONBUILD COPY . src
