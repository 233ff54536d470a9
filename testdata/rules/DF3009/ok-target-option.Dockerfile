# options: target=app
FROM debian:12 AS tools
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
FROM alpine:3.20 AS app
COPY --from=tools /usr/bin/curl /usr/local/bin/curl
FROM tools AS debug
RUN echo debug
