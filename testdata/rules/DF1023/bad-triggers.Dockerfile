FROM alpine:3.20 AS base
# expect: DF1023
ONBUILD COPY --chmown=app . /app
# expect: DF1023
ONBUILD RUN --network=internet true
FROM base
