FROM scratch AS base
HEALTHCHECK CMD ["/bin/check"]
# expect: DF3057
FROM scratch
