FROM alpine:3.20
RUN echo built > /out

FROM alpine:3.20 AS final
COPY --from=0 /out /out
COPY --from=alpine:3.20 /etc/alpine-release /etc/
