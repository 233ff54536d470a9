# Both the update and the clean-up run through sudo; the lists are still removed.
FROM debian:12
RUN sudo apt-get update \
    && sudo apt-get install -y --no-install-recommends make=4.3-4.1 \
    && sudo rm -rf /var/lib/apt/lists/*
