FROM alpine:3.20 AS base
RUN apk add --no-cache curl

FROM base
# expect: DF2004
HEALTHCHECK --interval=30s CMD /usr/local/bin/healthcheck --port 8080
# expect: DF2004
CMD /usr/local/bin/app --port $PORT
