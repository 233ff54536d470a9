FROM node:22-alpine
COPY package.json /app
COPY package.json package-lock.json /app/
COPY a b "dest/"
COPY ["a.txt", "b.txt", "/data/"]
COPY a b $DEST
COPY index.mjs public/ .
# --from without = is malformed (DF0001), not a second source
# expect: DF0001
COPY --from builder /bin/bash /my/bin/bash
