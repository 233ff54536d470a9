FROM alpine:3.20
# expect: DF1004
COPY --from=1 /out /out
# expect: DF1004
RUN --mount=type=cache,from=cache,target=/c true
FROM alpine:3.20 AS cache
RUN mkdir /c
