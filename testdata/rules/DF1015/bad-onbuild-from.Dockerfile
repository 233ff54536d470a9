# syntax=docker/dockerfile:1.10
# needs a newer frontend than the pin: a trigger that copies from another stage
FROM alpine:3.20 AS tools
RUN apk add --no-cache jq

FROM alpine:3.20
# expect: DF1015
ONBUILD COPY --from=tools /usr/bin/jq /usr/local/bin/jq
