ARG NODE_TAG=latest
# expect: DF3007
FROM node:${NODE_TAG}
