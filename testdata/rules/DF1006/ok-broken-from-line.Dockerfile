# The FROM line does not parse (AS is missing), so its stage name is unknown. DF0001 reports
# the line; calling the stage dead on top of that would be a second finding for one cause.
# expect: DF0001
FROM alpine:3.20 build-base
RUN make
FROM alpine:3.20
COPY --from=build-base /out /out
