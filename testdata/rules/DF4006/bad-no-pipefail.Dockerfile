FROM debian:12
# expect: DF4006
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
# expect: DF4006
RUN curl -fsSL https://some.site | \
    tar -xz
