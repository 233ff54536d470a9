FROM alpine:3.20 AS a
# expect: DF2007
WORKDIR "relative/dir"

FROM alpine:3.20 AS b
ENV APP_DIR=srv/app
# expect: DF2007
WORKDIR $APP_DIR
