FROM alpine:3.20
# expect: DF3048
LABEL Maintainer="ops@example.com"
# expect: DF3048, DF3048
LABEL com.docker.thing="x" a..b="y"
# expect: DF3048
LABEL "1version"=2
# expect: DF3048
LABEL invalid$character="foo"
# expect: DF3048
LABEL trailing-="x"
# expect: DF3048
LABEL ${DYNAMIC_KEY}=value
