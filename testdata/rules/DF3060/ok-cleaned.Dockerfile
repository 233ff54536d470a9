FROM node:20 AS deps
# deps only feeds COPY --from
RUN yarn install --frozen-lockfile
FROM node:20
RUN yarn install --frozen-lockfile && yarn cache clean
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
RUN yarn add left-pad@1.3.0 && yarn cache clean --all
RUN yarn build
COPY --from=deps /node_modules /node_modules
RUN npm install -g yarn@1.22.22 && yarn --version
