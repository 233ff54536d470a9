FROM alpine:3.20 AS app
# expect: DF1004
COPY --from=build /out /out
FROM golang:1.22 AS build
RUN go build -o /out .
