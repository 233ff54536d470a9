FROM alpine:3.20
RUN echo hi > /hi
FROM alpine:3.20
# expect: DF1002
COPY --from=-1 /hi /hi
# expect: DF1002
COPY --from=7 /hi /hi2
