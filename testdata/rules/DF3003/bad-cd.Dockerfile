FROM golang:1.22
# expect: DF3003
RUN cd /src && go build ./...
# expect: DF3003
RUN go env && \
    cd /tmp && \
    ls
# expect: DF3003
RUN sh -c "cd /opt && make"
