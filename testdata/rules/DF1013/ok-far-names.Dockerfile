FROM alpine:3.20 AS assets
FROM alpine:3.20
COPY --from=compiler /x /x
