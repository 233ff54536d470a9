ARG BASE_IMAGE
# expect: DF1017
FROM ${BASE_IMAGE} AS base
# expect: DF1017
FROM node:-alpine AS node
# expect: DF1017
FROM gcr.io//android:base
# expect: DF1017
COPY --from=Busybox /bin/sh /sh
# expect: DF1017
RUN --mount=from=REPLACE-ME,target=/x true
