FROM golang:1.23 AS build
WORKDIR src/app
RUN go build -o /out/app .

FROM debian:12 AS run
WORKDIR ./srv
COPY --from=build /out/app .

FROM scratch
ARG DIR=data
WORKDIR "app/$DIR"
