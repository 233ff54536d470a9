FROM debian:12 AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
FROM debian:12 AS other
# expect: DF4006
RUN wget -O - https://some.site | wc -l > /number
FROM build
SHELL ["/bin/bash", "-c"]
# expect: DF4006
RUN wget -O - https://some.site | wc -l > /number
