FROM alpine:3.20
RUN apk add --no-cache curl
COPY --chown=1000:1000 run.sh /run.sh
ADD app.tgz /srv/
