FROM alpine:3.20
RUN echo hi > /hi
FROM alpine:3.20
COPY --from=0 /hi /hi
