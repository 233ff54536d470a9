FROM alpine:3.20 AS assets
RUN touch /a
FROM alpine:3.20 AS template
ONBUILD COPY --from=assets /a /a
FROM template
RUN ls /a
