FROM node:20 AS deps
RUN npm ci

FROM node:20
RUN npm run build

FROM nginx:1.27-alpine
# expect: DF1001
COPY --from=1 /dist /usr/share/nginx/html
# expect: DF1001
COPY --from=+0 /node_modules /srv/node_modules
