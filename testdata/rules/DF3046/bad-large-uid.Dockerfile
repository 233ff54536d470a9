FROM debian:12
# expect: DF3046
RUN useradd -u 123456 luser
# expect: DF3046
RUN groupadd -g 1000000 app && \
    useradd --uid 1000000 -g app app
