# options: label=foo:text
FROM alpine:3.20 AS build
RUN make
FROM alpine:3.20 AS base
LABEL foo="bar"
FROM base
COPY --from=build /x /x
