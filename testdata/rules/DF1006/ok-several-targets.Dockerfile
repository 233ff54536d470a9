# options: target=app target=debug
FROM node:20 AS deps
RUN npm ci
FROM node:20-slim AS app
COPY --from=deps /node_modules /node_modules
FROM app AS debug
RUN --mount=from=deps,target=/d true
