FROM golang:1.22
WORKDIR /src
RUN go build ./...
RUN echo cd /src > /notes.txt
