# requires: shellcheck
FROM debian:12
SHELL ["/bin/bash", "-c"]
# expect: DF5000
RUN <<EOF
set -e
files=$(ls /etc)
[ $files == "x" ] && echo same
EOF
