FROM golang:1.22 AS build
RUN go build -o /out/app ./...
FROM build AS test
FROM gcr.io/distroless/static-debian12
# expect: DF3067
COPY --from=build / /
# the whole toolchain again, through a stage built FROM build
# expect: DF3067
COPY --from=test "/" "/"
