# The only stage is what a plain docker build ships, even though it is named builder.
# expect: DF3006
FROM node AS builder
COPY . /build
RUN npm ci
ENTRYPOINT ["node", "/build/index.js"]
