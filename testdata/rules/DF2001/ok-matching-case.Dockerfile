FROM alpine:3.20 AS base
from base as lower
FROM base
