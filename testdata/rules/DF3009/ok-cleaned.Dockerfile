FROM debian:12 AS build
# build only feeds COPY --from: its layers never reach the image
RUN apt-get update && apt-get install -y --no-install-recommends gcc=4:12.2.0-3
RUN echo 'int main(){return 0;}' > /m.c && gcc -o /m /m.c
FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 \
    && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists \
    apt-get update && apt-get install -y --no-install-recommends git=1:2.39.2-1.1
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends wget=1.21.3-1+b2
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends jq=1.6-2.1
rm -rf /var/lib/apt/lists/*
EOF
COPY --from=build /m /usr/local/bin/m
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends xz-utils=5.4.1-0.2; \
    apt-get dist-clean
