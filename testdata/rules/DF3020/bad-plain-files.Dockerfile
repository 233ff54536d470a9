FROM alpine:3.20
# expect: DF3020
ADD app.conf /etc/app/
# expect: DF3020
ADD "bundle.zip" /opt/
# expect: DF3020
add --chown=1000:1000 . /src
# expect: DF3020
ADD https://example.com/x.tar.gz config.yml /opt/
# expect: DF3020
ONBUILD ADD settings.ini /etc/
