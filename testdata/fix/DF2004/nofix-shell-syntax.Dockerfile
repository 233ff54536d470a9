FROM debian:12
CMD /usr/local/bin/server > /var/log/server.log 2>&1
