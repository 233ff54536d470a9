# requires: shellcheck
FROM debian:12
ARG dir
# expect: DF5000
RUN mkdir -p $dir/cache
# expect: DF5000
RUN apt-get update && \
    # BuildKit drops this comment line; the script keeps the next line's position
    rm -rf $dir/tmp
