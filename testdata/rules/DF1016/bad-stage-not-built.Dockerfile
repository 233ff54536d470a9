FROM alpine:3.20 AS unused
# expect: DF1016
LABEL version=${VERSION:i}
FROM alpine:3.20
