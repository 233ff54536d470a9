FROM debian:12
# expect: DF3047
RUN wget https://example.com/tool.tar.gz
# expect: DF3047
RUN apt-get update && \
    wget -O /tmp/x.tgz https://example.com/x.tgz
