# options: label=source:url
FROM alpine:3.20
# expect: DF3052
LABEL source="not-url"
# expect: DF3052
LABEL source=github.com/example/app
