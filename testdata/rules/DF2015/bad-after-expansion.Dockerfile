FROM alpine:3.20
ARG LOG=build.log
# expect: DF2015
COPY ./$LOG /var/log/
# expect: DF2015
COPY docs/guide/intro.md /usr/share/doc/
