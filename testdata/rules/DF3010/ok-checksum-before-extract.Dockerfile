FROM alpine:3.20
ARG TOOL_SHA256
COPY tool-1.2-linux-amd64.tar.gz /tmp/
# ADD would unpack the archive before anyone checks it
RUN echo "${TOOL_SHA256}  /tmp/tool-1.2-linux-amd64.tar.gz" | sha256sum -c - && tar -xzf /tmp/tool-1.2-linux-amd64.tar.gz -C /usr/local/bin
