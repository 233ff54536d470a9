FROM --platform=$BUILDPLATFORM node:22-alpine
RUN npm ci && npm run build

from python:3.12-slim
run pip wheel -w /wheels .

FROM nginx:1.27 AS web
COPY --from=0 /app/dist /usr/share/nginx/html
COPY --from=1 /wheels /wheels
COPY --from=0 /app/public /usr/share/nginx/html/public
