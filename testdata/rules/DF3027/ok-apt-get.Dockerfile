FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10 && apt-cache policy curl
RUN echo "apt install is a phrase in a string" && printf '%s\n' apt
