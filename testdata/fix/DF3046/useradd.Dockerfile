FROM debian:12
RUN useradd -u 123456 -m app
