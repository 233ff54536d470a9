FROM debian:12
# expect: DF3010
COPY packaged-app.tar /usr/src/app/
RUN tar -xf /usr/src/app/packaged-app.tar
# expect: DF3010
COPY dist/tool-1.2.tar.gz /tmp/tool.tgz
WORKDIR /opt
RUN echo unpacking && tar xzf /tmp/tool.tgz && rm /tmp/tool.tgz
