FROM alpine:3.20
RUN apk update && apk add curl \
      jq
RUN apk add --virtual .build-deps gcc && apk del .build-deps
