# options: label=licenses:spdx
FROM alpine:3.20
# expect: DF3054
LABEL licenses="not-spdx"
# expect: DF3054
LABEL licenses="Apache 2"
# expect: DF3054
LABEL licenses="MIT OR"
