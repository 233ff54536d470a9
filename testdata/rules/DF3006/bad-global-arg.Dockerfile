ARG BASE=python
ARG REGISTRY=ghcr.io/acme
# expect: DF3006
FROM ${BASE} AS runtime
# expect: DF3006
FROM $REGISTRY/tool AS tool
# expect: DF3006
FROM debian AS build
ARG BASE=ubuntu
RUN echo "a stage's own ARG does not change what FROM \${BASE} pulled"
FROM runtime
COPY --from=tool /bin/tool /usr/local/bin/tool
COPY --from=build /etc/os-release /tmp/
