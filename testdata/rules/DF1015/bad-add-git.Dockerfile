# syntax=docker/dockerfile:1.5
# needs a newer frontend than the pin: a Git repository added by URL
FROM alpine:3.20
# expect: DF1015
ADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit
