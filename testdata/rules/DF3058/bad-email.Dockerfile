# options: label=maintainer:email
FROM alpine:3.20
# expect: DF3058
LABEL maintainer="not-email"
# expect: DF3058
LABEL maintainer="Platform Team <platform@example.com>"
