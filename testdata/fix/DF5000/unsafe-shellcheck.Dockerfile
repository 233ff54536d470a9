# requires: shellcheck
# options: enable=DF5000
FROM debian:12
ARG d
RUN mkdir -p $d && echo `date` > /x
