FROM alpine:3.20
SHELL ["/bin/ash", "-o", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
