FROM alpine:3.20
RUN apk add --no-cache wget
# GNU wget replaced busybox's applet: its progress display is back
# expect: DF3047
RUN wget https://example.com/tool.tar.gz
