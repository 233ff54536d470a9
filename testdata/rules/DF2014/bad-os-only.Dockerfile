# expect: DF2014
FROM --platform=linux debian:bookworm
# expect: DF2014
FROM --platform=linux/x86_64 debian:bookworm AS build-arm
