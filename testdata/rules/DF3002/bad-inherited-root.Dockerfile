FROM debian:12 AS base
# expect: DF3002
USER 0:0
RUN apt-get update
FROM base
RUN echo "still root: USER is inherited from base"
