FROM golang:1.22 AS build
RUN go build -o /app .

FROM gcr.io/distroless/static
# expect: DF1001
COPY --from=0 /app /app
