FROM golang:1.22 AS build
# the user of a builder stage never runs the shipped image
USER builder
RUN go build -o /out/app .
FROM gcr.io/distroless/static:nonroot
COPY --from=build /out/app /app
USER 65532
ENTRYPOINT ["/app"]
