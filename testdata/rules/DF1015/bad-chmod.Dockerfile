# syntax=docker/dockerfile:1.1
# needs a newer frontend than the pin: a copy that sets the mode
FROM alpine:3.20
# expect: DF1015
COPY --chmod=755 app.sh /usr/local/bin/app.sh
