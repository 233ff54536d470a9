# options: target=app
FROM node:20 AS deps
RUN npm ci
FROM node:20-slim AS app
COPY --from=deps /node_modules /node_modules
# expect: DF1006
FROM app AS debug
RUN npm i -g nodemon
