# syntax=docker/dockerfile:1.11.0
# the pin is new enough: a trigger that copies from another stage
FROM alpine:3.20 AS tools
RUN apk add --no-cache jq

FROM alpine:3.20
ONBUILD COPY --from=tools /usr/bin/jq /usr/local/bin/jq
