FROM node:20-alpine
WORKDIR /app
# expect: DF2015
COPY .env ./
# expect: DF2015
COPY tmp/cache.json ./cache.json
# expect: DF2015, DF2015
ADD packages/web/node_modules/ secrets/key.pem ./
COPY package.json ./
