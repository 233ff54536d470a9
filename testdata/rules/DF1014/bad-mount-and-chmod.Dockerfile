FROM alpine:3.20
# expect: DF1014
RUN --mount=type=cache,target=/var/cache/apk apk add curl
# expect: DF1014, DF1014
COPY --chmod=755 --link run.sh /run.sh
