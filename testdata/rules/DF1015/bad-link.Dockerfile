# syntax=docker/dockerfile:1.3
# needs a newer frontend than the pin: a linked copy
FROM alpine:3.20
# expect: DF1015
COPY --link app.sh /usr/local/bin/app.sh
