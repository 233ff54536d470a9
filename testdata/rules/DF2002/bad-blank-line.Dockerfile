FROM alpine:3.20
# expect: DF2002
RUN apk add --no-cache \

    curl
