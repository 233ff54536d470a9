FROM alpine:3.20 AS build
RUN echo built > /out
FROM scratch
# the reset idiom: clear what a base would set, then set the real one
ENTRYPOINT []
CMD []
COPY --from=build /out /out
ENTRYPOINT ["/out"]
CMD ["--help"]
