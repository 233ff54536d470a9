# options: label=foo:text
FROM alpine:3.20 AS build
LABEL foo="bar"
# expect: DF3049
FROM alpine:3.20
COPY --from=build /x /x
