# options: label=required:text label=version:semver strict-labels
FROM alpine:3.20
LABEL required="foo"
LABEL version="1.0.0"
