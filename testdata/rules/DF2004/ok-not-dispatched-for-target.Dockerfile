# options: target=app
FROM alpine:3.20 AS debug
CMD sh

FROM alpine:3.20 AS app
CMD ["/app"]
