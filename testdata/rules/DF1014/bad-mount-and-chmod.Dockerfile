FROM alpine:3.20
# one finding for the file, at the first feature; the message lists the COPY flags' line
# expect: DF1014
RUN --mount=type=cache,target=/var/cache/apk apk add curl
COPY --chmod=755 --link run.sh /run.sh
