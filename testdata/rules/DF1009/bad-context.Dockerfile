# expect: DF1009
FROM alpine:3.20 AS Context
RUN touch /x
FROM alpine:3.20
COPY --from=context /x /x
