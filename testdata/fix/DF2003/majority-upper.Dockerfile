FROM alpine:3.20
run apk add --no-cache curl
Copy . /app
ONBUILD run echo child
CMD ["/app/run"]
