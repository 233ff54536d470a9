FROM node:20-alpine
WORKDIR /app
COPY . .
# expect: DF2004
ENTRYPOINT node server.js
# expect: DF2004
CMD npm start
