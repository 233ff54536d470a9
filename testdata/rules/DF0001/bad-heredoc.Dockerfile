FROM alpine:3.20
RUN echo ok
# expect: DF0001
RUN <<EOF
echo "the terminator below has a trailing space"
EOF 
