# expect: DF2011
FROM --platform=${TARGETPLATFORM} alpine:3.20 AS a
# expect: DF2011
FROM --platform="$TARGETPLATFORM" alpine:3.20 AS b
