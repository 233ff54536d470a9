# syntax=docker/dockerfile:1.16
# needs a newer frontend than the pin: a remote archive unpacked on download
FROM alpine:3.20
# expect: DF1015
ADD --unpack=true https://example.com/archive.tar.gz /download
