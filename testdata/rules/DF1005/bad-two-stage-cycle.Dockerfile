FROM alpine:3.20 AS a
# expect: DF1005
COPY --from=b /x /x
FROM alpine:3.20 AS b
# expect: DF1005
COPY --from=a /y /y
