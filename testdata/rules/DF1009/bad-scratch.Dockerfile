# expect: DF1009
FROM alpine:3.20 AS scratch
RUN touch /x
FROM scratch
