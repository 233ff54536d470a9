FROM alpine:3.20
ADD entrypoint.sh /usr/local/bin/
ADD --chown=app:app config/ /etc/app/
add app.jar /opt/app.jar
ADD https://example.com/x.tar.gz /opt/
