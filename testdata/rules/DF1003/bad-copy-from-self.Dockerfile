FROM golang:1.22 AS build
# expect: DF1003
COPY --from=build /src /src
RUN go build ./...
