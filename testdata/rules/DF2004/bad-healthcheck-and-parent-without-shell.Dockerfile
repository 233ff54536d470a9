FROM alpine:3.20 AS base
RUN apk add --no-cache curl

FROM base
# expect: DF2004
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1
# expect: DF2004
CMD exec /usr/local/bin/app
