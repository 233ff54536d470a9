FROM alpine:3.20
RUN ["echo", "<<EOF"]
COPY --from=alpine:3.20 /etc/os-release /os-release
