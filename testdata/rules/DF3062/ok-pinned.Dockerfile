FROM golang:1.22
RUN go install golang.org/x/tools/gopls@v0.16.1
RUN go install ./cmd/... && go install . && go install /src/app
RUN go get example.com/lib@v1.2.3
RUN go run example.com/cmd/migrate@v4.17.1 -dir ./db latest
RUN go run main.go && go build -o /app . && go mod download
# the go command's own patterns and GOPATH-style local paths download nothing
RUN go install std && go install tool && go get -v app/server
