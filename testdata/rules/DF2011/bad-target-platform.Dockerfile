# expect: DF2011
FROM --platform=$TARGETPLATFORM alpine:3.20
RUN true
