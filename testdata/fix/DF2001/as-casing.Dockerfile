FROM node:22 as build
RUN npm ci

from node:22-slim AS runtime
copy --from=build /app /app
