FROM golang:1.22 AS build
RUN go build -o /out .
FROM alpine:3.20
COPY --from=build /out /out
RUN --mount=type=cache,from=build,target=/c true
