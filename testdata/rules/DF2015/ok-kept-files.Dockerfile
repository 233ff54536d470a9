FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
COPY src/ ./src/
COPY docs/README.txt ./
COPY . .
ADD https://example.com/app.log /tmp/
