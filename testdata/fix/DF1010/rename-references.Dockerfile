FROM golang:1.23 AS Builder
RUN go build -o /out/app .

FROM golang:1.23 AS Test
RUN --mount=type=cache,target=/root/.cache --mount=type=bind,from=BUILDER,source=/out,target=/out /out/app -test

FROM alpine:3.20
COPY --from=Builder /out/app /usr/local/bin/app
COPY --from=builder /out/app /usr/local/bin/app2
