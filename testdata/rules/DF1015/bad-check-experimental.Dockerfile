# syntax=docker/dockerfile:1.9
# check=experimental=all
# needs a newer frontend than the pin: experimental build checks enabled
# expect-directives: DF1015
FROM alpine:3.20
RUN echo hello
