# options: label=required:text strict-labels
FROM alpine:3.20
# expect: DF3050
LABEL other="bar"
# expect: DF3050
LABEL required="foo" extra="baz"
