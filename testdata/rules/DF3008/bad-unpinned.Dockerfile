FROM debian:12
# expect: DF3008
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
# expect: DF3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates=20230311 \
        git \
        wget \
    && rm -rf /var/lib/apt/lists/*
# the value of -t is a release, not a package
# expect: DF3008
RUN apt-get install -y --no-install-recommends -t bookworm-backports golang
# expect: DF3008
ONBUILD RUN apt-get install -y --no-install-recommends python3
# exec form is one command too
# expect: DF3008
RUN ["apt-get", "install", "-y", "--no-install-recommends", "make"]
# wrappers run the package manager all the same
# expect: DF3008
RUN sudo -E apt-get install -y --no-install-recommends htop
