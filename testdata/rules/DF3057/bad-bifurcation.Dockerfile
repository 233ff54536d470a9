FROM scratch AS base1
FROM base1 AS end1
HEALTHCHECK NONE
# expect: DF3057
FROM base1 AS end2
