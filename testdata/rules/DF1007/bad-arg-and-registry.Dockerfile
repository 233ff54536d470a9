ARG NODE=docker.io/library/node:20-bookworm
FROM ${NODE} AS deps
RUN npm ci
# expect: DF1007
FROM ${NODE}
COPY --from=deps /node_modules /node_modules
CMD ["node", "server.js"]
