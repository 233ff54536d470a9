FROM node:22-alpine
COPY package.json /app
COPY package.json package-lock.json /app/
COPY a b "dest/"
COPY ["a.txt", "b.txt", "/data/"]
COPY a b $DEST
