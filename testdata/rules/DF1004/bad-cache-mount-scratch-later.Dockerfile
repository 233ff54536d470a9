# a cache mount without from= reads stage "scratch", which is not built yet
FROM alpine:3.20 AS app
# expect: DF1004
RUN --mount=type=cache,target=/root/.cache echo hi
# expect: DF1009
FROM alpine:3.20 AS scratch
RUN echo hi
