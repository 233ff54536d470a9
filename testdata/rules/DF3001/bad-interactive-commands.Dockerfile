FROM debian:12
# expect: DF3001
RUN top
# expect: DF3001
RUN apt-get update && service nginx start
# expect: DF3001, DF3001
RUN ps aux \
    && free -m
# expect: DF3001
RUN sh -c 'kill -9 1'
# expect: DF3001
RUN <<EOF
set -e
vim /etc/hosts
EOF
# expect: DF3001
ONBUILD RUN shutdown -h now
