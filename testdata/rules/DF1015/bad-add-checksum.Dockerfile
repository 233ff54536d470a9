# syntax=docker/dockerfile:1.5
# needs a newer frontend than the pin: a download checked against its digest
FROM alpine:3.20
# expect: DF1015
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/linux-0.01.tar.gz /src/
