FROM alpine:3.20 AS base
ENTRYPOINT ["/bin/a"]
CMD ["--help"]
HEALTHCHECK CMD ["/bin/check"]

FROM base
ENTRYPOINT ["/bin/b"]
CMD ["--serve"]
HEALTHCHECK NONE
