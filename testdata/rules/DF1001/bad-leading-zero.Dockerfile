FROM alpine:3.20 AS assets
RUN mkdir /out

FROM alpine:3.20
# a numeric mount from= is a stage NAME lookup, not an index: not this rule
RUN --mount=from=0,target=/x true
# expect: DF1001
COPY --from=00 /out /out
