FROM golang:1.22 AS build
RUN go build -o /app .
FROM build AS smoke
RUN /app --version
FROM gcr.io/distroless/static AS release
COPY --from=build /app /app
