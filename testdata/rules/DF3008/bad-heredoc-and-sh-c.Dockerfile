FROM debian:12
# a heredoc body is read line by line, as the shell runs it
# expect: DF3008
RUN <<EOF
set -e
apt-get update
apt-get install -y --no-install-recommends jq
rm -rf /var/lib/apt/lists/*
EOF
# expect: DF3008
RUN sh -c 'apt-get update && apt-get install -y --no-install-recommends unzip && rm -rf /var/lib/apt/lists/*'
