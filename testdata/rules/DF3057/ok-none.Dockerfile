FROM scratch AS build
FROM scratch
HEALTHCHECK NONE
