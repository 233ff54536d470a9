FROM ubuntu:24.04
# expect: DF3014
RUN apt-get update && apt-get install --no-install-recommends curl=8.5.0-2ubuntu10
# a single -q does not answer the question
# expect: DF3014
RUN apt-get install -q --no-install-recommends git=1:2.43.0-1ubuntu7
# expect: DF3014, DF3014
RUN apt-get install --no-install-recommends make=4.3-4.1build2 \
    && apt-get --quiet install --no-install-recommends wget=1.21.4-1ubuntu4
