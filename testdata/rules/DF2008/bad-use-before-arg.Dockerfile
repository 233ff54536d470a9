FROM alpine:3.20
# expect: DF2008
COPY $CONFIG_FILE /etc/app/config.yaml
ARG CONFIG_FILE=config.yaml
ARG APP_DIR=/srv/app
# expect: DF2008
WORKDIR $APP_DIRS
RUN echo "$NOT_CHECKED_IN_RUN"
