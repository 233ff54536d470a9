# a mount without from= reads "scratch": inside a stage of that name it reads itself
# expect: DF1009
FROM alpine:3.20 AS scratch
# expect: DF1003
RUN --mount=type=secret,id=token cat /run/secrets/token
