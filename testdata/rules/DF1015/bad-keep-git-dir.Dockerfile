# syntax=docker/dockerfile:1.5
# needs a newer frontend than the pin: a Git clone that keeps its .git directory
FROM alpine:3.20
# expect: DF1015, DF1015
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit
