# --target app builds the later stage of that name: the first one can never be built
# expect: DF1006
FROM alpine:3.20 AS app
RUN echo old
FROM alpine:3.20 AS app
RUN echo new
FROM scratch
COPY --from=app /etc/os-release /
