FROM debian:12
RUN /foo.sh
WORKDIR /
RUN /bar.sh
RUN foo && bar
RUN foobar
RUN foo; bar
RUN --mount=type=secret,id=foo /foo.sh
RUN --mount=type=secret,id=bar /bar.sh
RUN /baz.sh
RUN <<EOF
set -e
make
EOF
RUN make install
RUN <<EOF
make test
EOF
FROM debian:12
RUN /qux.sh
