FROM debian:12
RUN apt-get update && apt-get install -y wget && wget https://example.com/a.tgz \
 && wget -O /tmp/b https://example.com/b
