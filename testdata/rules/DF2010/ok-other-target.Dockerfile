# options: target=release
FROM alpine:3.20 AS old
ENV LEGACY value

FROM alpine:3.20 AS release
ENV MODERN=value
