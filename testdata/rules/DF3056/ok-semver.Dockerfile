# options: label=version:semver
FROM alpine:3.20
LABEL version="1.0.0"
LABEL version="1.2.0-rc.1+build.5"
LABEL version=$VERSION other=latest
