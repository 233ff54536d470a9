FROM alpine:3.20
# expect: DF3044
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin
# expect: DF3044
ENV PATH=/a:${PATH} PATH=/b:${PATH}
ENV BLA=1
# a variable set before is still read with its old value
# expect: DF3044
ENV BLA=2 OTHER="${BLA}"
