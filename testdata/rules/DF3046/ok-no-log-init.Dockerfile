FROM debian:12
RUN useradd luser
RUN useradd -u 12345 shortuid
RUN useradd -l -u 123456 luser2
RUN useradd --no-log-init --uid=1000000 luser3
