# node sets no WORKDIR: the file lands in /.
FROM node:22-slim
# expect: DF3045
COPY package.json ./
RUN npm install
