FROM debian:12
RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
RUN apt-get -o APT::Install-Recommends=false install -y git=1:2.39.2-1.1
RUN apt-get install -y --install-recommends=no wget=1.21.3-1+b2
RUN apt-get update && apt-get purge -y vim
