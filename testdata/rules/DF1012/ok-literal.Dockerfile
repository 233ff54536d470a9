FROM golang:1.22 AS build
FROM alpine:3.20
COPY --from=build /app /app
RUN --mount=type=bind,from=build,target=/b true
# the parser removes the quotes of a flag before BuildKit looks at the value
COPY --from="build" /app /app2
