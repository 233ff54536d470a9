# a secret mount depends on the later stage "scratch" but does not read it: BuildKit builds this
FROM alpine:3.20 AS app
RUN --mount=type=secret,id=token cat /run/secrets/token
# expect: DF1009
FROM alpine:3.20 AS scratch
RUN echo hi
