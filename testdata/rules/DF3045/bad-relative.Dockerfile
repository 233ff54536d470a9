FROM node:22-alpine AS base
# one finding per stage, at its first relative destination; the message lists the others
# expect: DF3045
COPY package.json .
ADD "app.tar.gz" app/
WORKDIR /srv
FROM node:22-alpine
# the WORKDIR of base is not inherited: this stage is built FROM node, not base
# expect: DF3045
COPY . src
ONBUILD COPY . src
