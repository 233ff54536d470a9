FROM alpine:3.20 AS build
RUN mkdir -p /out/tmp && echo ok > /out/tmp/x.log

FROM alpine:3.20
COPY --from=build /out/tmp/x.log /x.log
COPY <<EOF /etc/app.env
MODE=prod
EOF
