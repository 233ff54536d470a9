FROM alpine:3.20 AS base
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
FROM base
# an index out of range or pointing at its own stage is another rule's business
COPY --from=1 /a /b
COPY --from=2 /a /b
