FROM alpine:3.20 AS dup
RUN echo one
FROM alpine:3.20 AS dup
# the last stage named dup is this one
# expect: DF1003
COPY --from=dup /a /b
