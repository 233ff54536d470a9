FROM debian:12 AS build
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# the squash idiom: flatten the stage into one layer
FROM scratch
COPY --from=build / /
CMD ["/bin/bash"]
