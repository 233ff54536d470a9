FROM debian:12
RUN apt-get update && \

    apt-get install -y curl && \
   
    # a comment line stays
    rm -rf /var/lib/apt/lists/*
CMD ["curl", "--version"]
