# expect: DF1007
FROM golang:1.22
COPY . /src
RUN go build -o /app /src
CMD ["/app"]
