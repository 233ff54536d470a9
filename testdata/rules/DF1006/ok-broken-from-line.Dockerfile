# A template: the FROM line does not parse, so its stage name is unknown. DF0001 reports the
# line; calling the stage dead on top of that would be a second finding for one cause.
# expect: DF0001
FROM alpine:{{ .alpine.version }} AS build-base
RUN make
FROM alpine:3.20
COPY --from=build-base /out /out
