FROM node:20 AS base
# expect: DF3060
RUN yarn install --frozen-lockfile
FROM base
# cleaning before the install does not clean what it downloads
# expect: DF3060
RUN yarn cache clean && yarn install
# expect: DF3060
RUN --mount=type=cache,target=/var/lib/other yarn
