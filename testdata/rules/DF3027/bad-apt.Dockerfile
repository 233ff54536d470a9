FROM ubuntu:24.04
# expect: DF3027, DF3027
RUN apt update && apt install -y curl
# expect: DF3027
RUN set -e; \
    if [ -f /etc/debian_version ]; then \
        apt show bash; \
    fi
