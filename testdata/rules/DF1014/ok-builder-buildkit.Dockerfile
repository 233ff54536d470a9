# options: builder=buildkit
# the configuration says the project builds with BuildKit (builder: buildkit)
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add curl
