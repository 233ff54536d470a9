FROM alpine:3.20
# busybox wget: one redrawn line, and no --progress option to add
RUN wget https://example.com/tool.tar.gz
FROM debian:12
# signatures and checksums are a few kilobytes
RUN wget https://example.com/tool.tar.gz.asc https://example.com/SHA256SUMS.txt
