# options: target=debug
FROM debian:12 AS debug
# expect: DF3002
USER root
FROM debian:12 AS release
USER 10001
