FROM alpine:3.20
# expect: DF2003
run apk add --no-cache curl
COPY app /app
CMD ["/app"]
