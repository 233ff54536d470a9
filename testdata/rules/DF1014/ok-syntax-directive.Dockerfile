# syntax=docker/dockerfile:1
# the directive selects a BuildKit frontend: the author builds with BuildKit on purpose
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add curl
COPY --chmod=755 --link run.sh /run.sh
RUN <<EOF
echo done
EOF
