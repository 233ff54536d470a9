# syntax=docker/dockerfile:1
FROM golang:1.23
WORKDIR /src
COPY <<EOF ./main.go
package main

func main() { println("hi") }
EOF
RUN go build -o /bin/app ./main.go

FROM scratch
COPY --from=0 /bin/app /bin/app
CMD ["/bin/app"]
