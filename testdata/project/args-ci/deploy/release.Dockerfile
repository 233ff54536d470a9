ARG RELEASE_ARG
FROM alpine:3.20 AS release
