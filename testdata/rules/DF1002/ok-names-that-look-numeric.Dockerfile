FROM alpine:3.20 AS v1
RUN echo hi > /hi
FROM alpine:3.20
COPY --from=v1 /hi /hi
RUN --mount=from=5,target=/m true
