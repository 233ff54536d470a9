FROM golang:1.22 AS build
RUN go build -o /out/app ./...
FROM gcr.io/distroless/static-debian12
# expect: DF3067
COPY --from=build / /
# expect: DF3067
COPY --from=busybox:1.36 "/" "/"
