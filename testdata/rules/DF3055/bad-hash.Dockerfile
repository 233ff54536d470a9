# options: label=revision:hash
FROM alpine:3.20
# expect: DF3055
LABEL revision="not-git-hash"
# expect: DF3055
LABEL revision="2DBFAE9"
