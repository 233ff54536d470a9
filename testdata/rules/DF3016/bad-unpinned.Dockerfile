FROM node:20-alpine
# expect: DF3016
RUN npm install -g typescript
# expect: DF3016
RUN npm install --registry https://npm.example express sax@0.1.1
# expect: DF3016
RUN npm i @myorg/private-lib
# expect: DF3016
RUN npm install git+https://example.com/org/tool.git
