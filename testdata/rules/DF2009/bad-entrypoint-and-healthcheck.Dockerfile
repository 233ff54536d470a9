FROM alpine:3.20 AS base
# expect: DF2009
ENTRYPOINT ["/bin/a"]
# expect: DF2009
HEALTHCHECK CMD ["/bin/check"]
# expect: DF2009
ENTRYPOINT ["/bin/b"]
HEALTHCHECK NONE
ENTRYPOINT ["/bin/c"]
