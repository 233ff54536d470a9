# syntax=docker/dockerfile:1.18
# needs a newer frontend than the pin: a copy that leaves out test files
FROM alpine:3.20
# expect: DF1015
COPY --exclude=*_test.go . /src/
