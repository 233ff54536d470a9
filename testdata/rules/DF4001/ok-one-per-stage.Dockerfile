FROM debian:12 AS foo
RUN wget -q my.xyz
RUN apt-get install -y --no-install-recommends curl
FROM foo
RUN curl -fsS localhost
