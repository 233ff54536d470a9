FROM alpine:3.20 AS base
FROM base AS left
RUN touch /l
FROM base AS right
COPY --from=left /l /l
FROM base
COPY --from=left /l /l
COPY --from=right /l /r
