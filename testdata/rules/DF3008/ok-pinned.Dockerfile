FROM debian:12
RUN apt-get update \
    && apt-get -yqq --no-install-recommends install curl=7.88.1-10+deb12u5 git=1:2.39.2-1.1 \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get install -y --no-install-recommends -t bookworm-backports golang=2:1.21~2~bpo12+1
RUN apt-get install -y ./vendor/tool_1.0_amd64.deb /tmp/other.deb
# a version held in a variable cannot be judged here
ARG PACKAGES="curl=7.88.1-10+deb12u5"
RUN apt-get install -y --no-install-recommends $PACKAGES
RUN apt-get update && apt-get upgrade -y && apt-get remove -y wget
# a heredoc fed to cat is data, not a script
RUN cat <<EOF > /tmp/notes.txt
apt-get install -y vim
EOF
