FROM alpine:3.20 AS scratchpad
FROM scratch AS final
COPY --from=scratchpad /x /x
