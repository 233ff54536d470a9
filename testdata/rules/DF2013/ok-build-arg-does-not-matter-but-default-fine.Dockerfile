# options: build-arg=TAG=
ARG TAG=latest
FROM busybox:${TAG}
