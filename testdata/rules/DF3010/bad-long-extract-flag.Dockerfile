FROM debian:12
# expect: DF3010
COPY assets.tar.xz /assets/
RUN tar --extract --file assets.tar.xz --directory /srv
