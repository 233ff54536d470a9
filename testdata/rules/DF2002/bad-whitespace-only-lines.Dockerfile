FROM alpine:3.20
# expect: DF2002
RUN set -eux; \
    apk add --no-cache curl; \
   

    echo done
COPY a \
  /a
