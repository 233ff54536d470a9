# Stages whose names merely contain a building-block word are possible targets:
# a runtime library and a test base image that a bake file may build.
FROM alpine:3.20 AS toolchain-build
RUN mkdir -p /out && echo rt > /out/librt.a

FROM scratch AS compiler-rt
COPY --from=toolchain-build /out /usr/lib/

FROM alpine:3.20 AS integration-tests-base
RUN apk add --no-cache git

FROM alpine:3.20 AS release
RUN echo done
