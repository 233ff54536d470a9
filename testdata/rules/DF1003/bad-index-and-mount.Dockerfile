FROM alpine:3.20
RUN echo a
FROM alpine:3.20 AS tools
# expect: DF1003
COPY --from=1 /a /b
# expect: DF1003
RUN --mount=type=bind,from=Tools,target=/t ls /t
