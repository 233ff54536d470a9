FROM debian:12
# expect: DF3009
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
# removing the lists before the update does not clean what the update fetches
# expect: DF3009
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y --no-install-recommends git=1:2.39.2-1.1
# expect: DF3009
RUN apt update && apt install -y wget
# only /var/cache/apt is a cache mount; the lists stay in the layer
# expect: DF3009
RUN --mount=type=cache,target=/var/cache/apt \
    apt-get update && apt-get install -y --no-install-recommends make=4.3-4.1
