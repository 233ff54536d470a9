# the builder installs the dependencies, but the final stage never copies them
# expect: DF1006
FROM node:22 AS builder
WORKDIR /app
COPY package*.json ./
RUN npm ci
FROM gcr.io/distroless/nodejs22
COPY . /app
CMD ["/app/index.js"]
