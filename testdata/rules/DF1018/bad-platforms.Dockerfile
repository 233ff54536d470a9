ARG FOREIGNARCH
# expect: DF1018
FROM --platform=linux/$FOREIGNARCH debian:bookworm AS foreign
# expect: DF1018
FROM --platform=$TARGETPLATFROM debian:bookworm AS typo
# expect: DF1018
FROM --platform=linux/amd64,linux/arm64 debian:bookworm AS list
# expect: DF1018
FROM --platform=local alpine:3.20
