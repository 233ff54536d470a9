FROM debian:12 AS foo
RUN wget -q my.xyz
# expect: DF4001
RUN curl -fsS my.xyz
RUN echo hello
# expect: DF4001
RUN wget -q foo.com
FROM debian:12
# expect: DF4001
RUN wget -q a.example && curl -fsS b.example
