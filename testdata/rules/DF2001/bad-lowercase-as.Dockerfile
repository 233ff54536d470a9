# expect: DF2001
FROM golang:1.22 as build
RUN go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static AS runtime
COPY --from=build /out/app /app
