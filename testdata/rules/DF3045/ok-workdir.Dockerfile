FROM debian:12 AS base1
WORKDIR /usr
FROM base1 AS base2
RUN true
FROM base2
COPY foo bar
COPY a.sh /usr/local/bin/a.sh
COPY b.sh "c:\system32\b.sh"
COPY c.sh ${TARGET_DIR}
FROM scratch AS export
COPY --from=base2 /out/app app
FROM export
COPY --from=base2 /out/lib lib
