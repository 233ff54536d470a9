# options: label=version:semver
FROM alpine:3.20
# expect: DF3056
LABEL version="not-sem-ver"
# expect: DF3056
LABEL version="v1.2"
# expect: DF3056
LABEL version="1.02.3"
