FROM alpine:3.20 AS build
# expect: DF2010
LABEL description A small image

FROM build
# expect: DF2010
env JAVA_OPTS -Xmx512m -Xms256m
