FROM --platform=$TARGETPLATFORM alpine:3.20 AS base
RUN echo hi

FROM --platform=${TARGETPLATFORM}  alpine:3.20
COPY --from=base /etc/os-release /x
