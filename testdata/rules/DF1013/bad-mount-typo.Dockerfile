FROM node:20 AS deps
RUN npm ci
FROM node:20-slim
# expect: DF1013
RUN --mount=from=dep,target=/d cp -r /d/node_modules .
