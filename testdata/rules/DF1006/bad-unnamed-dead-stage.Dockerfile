FROM node:20 AS deps
RUN npm ci
# no name, so no --target can build it, and no stage uses it
# expect: DF1006
FROM node:20
RUN npm run lint
FROM node:20-slim
COPY --from=deps /node_modules /node_modules
