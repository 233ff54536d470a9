# expect: DF1010
FROM alpine:3.20 AS buildStage
# expect: DF1010
FROM alpine:3.20 AS FINAL
