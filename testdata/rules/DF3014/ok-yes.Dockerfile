FROM ubuntu:24.04
RUN apt-get install -y curl=8.5.0-2ubuntu10
RUN apt-get -yq install git=1:2.43.0-1ubuntu7
RUN apt-get --yes install make=4.3-4.1build2 && apt-get --assume-yes install wget=1.21.4-1ubuntu4
RUN apt-get install -qq jq=1.7.1-3build1 && apt-get install -q -q zip=3.0-13build1
RUN apt-get install -q=2 unzip=6.0-28ubuntu4 && apt-get install --quiet --quiet xz-utils=5.6.1
RUN apt-get -o APT::Get::Assume-Yes=true install vim=2:9.1.0016-1ubuntu7
RUN apt-get update && apt-get remove curl
# a dry run asks nothing
RUN if apt-get install -s postgresql-16-jit > /dev/null 2>&1; then echo jit; fi
