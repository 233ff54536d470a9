FROM debian:12
RUN apt-get update && apt-get install \
      curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN sudo apt-get install git
RUN <<EOF
set -e
apt-get update
apt-get install --no-install-recommends jq
EOF
RUN sh -c 'apt-get install -q make' && bash -c "apt-get install \"$PKG\""
RUN ["apt-get", "install", "vim"]
