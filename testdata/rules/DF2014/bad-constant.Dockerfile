# expect: DF2014
FROM --platform=linux/amd64 node:20 AS build
RUN npm ci
