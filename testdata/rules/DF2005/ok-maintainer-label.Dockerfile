FROM debian:bookworm-slim
LABEL maintainer="jane@example.org"
