FROM alpine:3.20
RUN adduser -D -u 10001 app
# expect: DF3066
USER app
# expect: DF3066
USER app:app
