FROM alpine:3.20
ENV APP_HOME=/opt/app
ENV APP_BIN=$APP_HOME/bin
ENV PATH=/opt/bin:${PATH}
ENV A=1 B='$A' C=\$A D=$AB
ENV LEGACY value with $LEGACY
