FROM alpine:3.20
# expect: DF3018
RUN apk add --no-cache curl
# expect: DF3018
RUN apk add --no-cache \
        flex=2.6.4-r6 \
        libffi \
        python3=3.12.3-r1
# expect: DF3018
RUN apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r0
