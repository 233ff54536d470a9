FROM alpine:3.20 AS assets
RUN touch /a
# expect: DF1008
FROM alpine:3.20 AS Assets
RUN touch /b
# expect: DF1008
FROM alpine:3.20 AS ASSETS
