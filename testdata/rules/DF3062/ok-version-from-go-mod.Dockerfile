FROM golang:1.22 AS tools
WORKDIR /src
COPY go.mod go.sum ./
# without @version, go install and go run take the version go.mod requires
RUN go install golang.org/x/tools/gopls
RUN go run example.com/cmd/migrate -dir ./db
# the fetch-then-checkout idiom of GOPATH mode pins the code with git
RUN go get github.com/example/tool || true
RUN go get -d github.com/example/other && git -C /go/src/github.com/example/other checkout v1.2.0
