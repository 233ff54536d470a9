FROM debian:12
# expect: DF3015
RUN apt-get install -y curl=7.88.1-10+deb12u5
# expect: DF3015
RUN apt-get update \
    && apt-get -y install \
        git=1:2.39.2-1.1 \
    && rm -rf /var/lib/apt/lists/*
# expect: DF3015
RUN apt-get -o APT::Install-Recommends=true install -y wget=1.21.3-1+b2
