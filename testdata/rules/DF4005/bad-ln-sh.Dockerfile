FROM debian:12
# expect: DF4005
RUN ln -sfv /bin/bash /bin/sh
# expect: DF4005
RUN apt-get update && \
    ln -s -f /bin/bash /bin/sh
