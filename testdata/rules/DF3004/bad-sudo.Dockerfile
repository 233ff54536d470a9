FROM ubuntu:24.04
# expect: DF3004
RUN sudo apt-get update
# expect: DF3004
RUN apt-get update && \
    sudo apt-get install -y --no-install-recommends curl
# expect: DF3004
ONBUILD RUN sudo make install
