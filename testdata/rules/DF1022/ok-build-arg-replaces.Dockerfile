# check=foo
# options: build-arg=BUILDKIT_DOCKERFILE_CHECK=skip=all
FROM alpine:3.20
