# options: trusted-registry=registry.example.com:5000 trusted-registry=docker.io
# a port is part of the host: registry.example.com without it is another registry
# expect: DF3026
FROM registry.example.com/team/app:1.0 AS a
# expect: DF3026
FROM localhost:5000/app:1.0 AS b
FROM registry.example.com:5000/team/app:1.0 AS c
# Docker Hub by any of its names
FROM index.docker.io/library/debian:12 AS d
FROM bitnami/redis:7.2
