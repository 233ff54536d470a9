FROM alpine:3.20 AS build
FROM alpine:3.20
# expect: DF1012
RUN --mount=type=bind,from=${STAGE}x,target=/b true
# expect: DF1012
COPY --from=${x:i} /a /b
