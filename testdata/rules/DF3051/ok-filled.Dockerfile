# options: label=version:semver label=owner:text
FROM alpine:3.20
LABEL version="1.0.0" owner=team other=""
LABEL owner=$OWNER
