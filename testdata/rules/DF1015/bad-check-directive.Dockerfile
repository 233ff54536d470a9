# syntax=docker/dockerfile:1.7
# check=skip=StageNameCasing
# needs a newer frontend than the pin: build checks configured in the file
# expect-directives: DF1015
FROM alpine:3.20
RUN echo hello
