FROM alpine:3.20
# a modifier that handles an unset variable, and a variable extended with itself
ENV EXTRA_FLAGS=${EXTRA:+--extra=$EXTRA} \
    LEVEL=${LOG_LEVEL:-info}
ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH
