# options: label=version:semver label=owner:text
FROM alpine:3.20
# expect: DF3051
LABEL version=""
# expect: DF3051
LABEL other="x" owner="  "
