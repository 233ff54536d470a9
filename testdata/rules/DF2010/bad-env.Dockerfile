FROM alpine:3.20
# expect: DF2010
ENV APP_HOME /srv/app
ENV PORT=8080
