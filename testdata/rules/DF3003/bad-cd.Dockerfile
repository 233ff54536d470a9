FROM golang:1.22
# expect: DF3003
RUN cd /src && go build ./...
# expect: DF3003
RUN set -eux; cd /opt/app; make
# expect: DF3003
RUN sh -c "cd /opt && make"
# a cd at the end changes nothing
# expect: DF3003
RUN go env && \
    cd /tmp
# expect: DF3003
RUN cd /srv
