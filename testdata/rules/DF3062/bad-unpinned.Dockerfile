FROM golang:1.22
# expect: DF3062
RUN go install -ldflags "-s -w" example.com/cmd/tool@latest
# expect: DF3062
RUN go get -tool example.com/gen
# expect: DF3062
RUN go run example.com/cmd/migrate@main -dir ./db
# one finding per command, naming every unpinned package
# expect: DF3062
RUN go install tool \
    github.com/planetscale/vtprotobuf/cmd/protoc-gen-go-vtproto \
    google.golang.org/grpc/cmd/protoc-gen-go-grpc@latest
