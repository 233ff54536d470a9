FROM debian:12
RUN useradd -u 10001 app
USER app
# expect: DF3002
USER root
