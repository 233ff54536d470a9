FROM debian:12
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD /usr/local/bin/server --verbose
ENTRYPOINT /usr/local/bin/other
