# options: label=source:url
FROM alpine:3.20
LABEL source="https://github.com/example/app"
LABEL other="not-url" source=$SOURCE_URL
