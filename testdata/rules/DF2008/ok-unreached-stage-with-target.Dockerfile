# options: target=app
FROM alpine:3.20 AS scratchpad
COPY $UNDEFINED_BUT_NOT_BUILT /tmp/

FROM alpine:3.20 AS app
ARG A=1 B=$A
COPY \$literal /tmp/
