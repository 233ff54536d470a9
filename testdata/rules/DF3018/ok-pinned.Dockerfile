FROM alpine:3.20
RUN apk add --no-cache curl=8.9.0-r0 'git~2.45' "python3>=3.12" "libbz2<1.1" musl=~1.2
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0
RUN apk add --no-cache --repository https://dl-cdn.example/edge/testing flow=0.78.0-r0
RUN apk add --no-cache -X https://dl-cdn.example/edge/testing --allow-untrusted /tmp/tool-1.0.apk
RUN apk del curl && apk update
