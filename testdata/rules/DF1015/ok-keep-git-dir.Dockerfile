# syntax=docker/dockerfile:1.6.0
# the pin is new enough: a Git clone that keeps its .git directory
FROM alpine:3.20
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit
