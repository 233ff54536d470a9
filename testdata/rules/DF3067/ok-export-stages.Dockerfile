FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4 AS xx
FROM golang:1.22 AS build
RUN go build -o /out/app ./...
FROM scratch AS binaries
COPY --from=build /out/app /
FROM alpine:3.20
# a stage built on scratch holds only what was copied into it
COPY --from=binaries / /
# a stage that only names an image, and an image: their content is not known here
COPY --from=xx / /
COPY --from=docker/buildx-bin:0.14 / /
