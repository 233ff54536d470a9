# syntax=docker/dockerfile:1.10-labs
# needs a newer frontend than the pin: a symbolic mode
FROM alpine:3.20
# expect: DF1015
COPY --chmod=u+x app.sh /usr/local/bin/app.sh
