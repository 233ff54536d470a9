FROM alpine:3.20
# expect: DF3019
RUN apk add curl=8.9.0-r0
# expect: DF3019
RUN apk update \
    && apk add -U git=2.45.2-r0
# a cache mount elsewhere does not help
# expect: DF3019
RUN --mount=type=cache,target=/var/cache/foo apk add -U jq=1.7.1-r0
# expect: DF3019
RUN cat /packages.txt | xargs apk add
