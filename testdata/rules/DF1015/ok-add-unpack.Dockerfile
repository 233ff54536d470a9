# syntax=docker/dockerfile:1.17.0
# the pin is new enough: a remote archive unpacked on download
FROM alpine:3.20
ADD --unpack=true https://example.com/archive.tar.gz /download
