ARG BASE_VARIANT=alpine
FROM golang:1.22-alpine AS build-alpine
RUN apk add --no-cache git
FROM golang:1.22-bookworm AS build-debian
RUN apt-get update
FROM build-${BASE_VARIANT} AS build
RUN go build -o /app .
FROM scratch AS binary-linux
COPY --from=build /app /app
FROM scratch AS binary-windows
COPY --from=build /app /app.exe
FROM binary-${TARGETOS} AS binary
