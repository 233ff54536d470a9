FROM alpine:3.20 AS one
# expect: DF1005
RUN --mount=from=three,target=/t true
FROM alpine:3.20 AS two
# expect: DF1005
COPY --from=one /a /a
FROM alpine:3.20 AS three
# expect: DF1005
COPY --from=1 /b /b
FROM alpine:3.20
COPY --from=three /b /b
