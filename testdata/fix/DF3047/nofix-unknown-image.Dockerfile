FROM example.com/tools:1
RUN wget https://example.com/a.tgz
