FROM node:20-alpine
RUN npm install
RUN npm ci --omit=dev
RUN npm install --global typescript@5.5.4 @myorg/private-lib@">=0.1.0 <0.2.0"
RUN npm install --loglevel verbose sax@0.1.1 ./local-folder ../other /abs/dir ~/home-dir
RUN npm install package-v1.2.3.tgz dist/pkg.tar.gz
RUN npm install git+https://example.com/org/tool.git#v1.0.27
RUN npm run --if-present install
