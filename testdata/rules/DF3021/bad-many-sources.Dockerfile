FROM node:22-alpine
# expect: DF3021
COPY package.json package-lock.json /app
# expect: DF3021
COPY a b "dest"
# expect: DF3021
ADD one.txt two.txt /opt/files
# expect: DF3021
COPY ["a.txt", "b.txt", "/data"]
