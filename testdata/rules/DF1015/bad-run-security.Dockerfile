# syntax=docker/dockerfile:1.19
# needs a newer frontend than the pin: a privileged build step
FROM alpine:3.20
# expect: DF1015
RUN --security=insecure cat /proc/self/status
