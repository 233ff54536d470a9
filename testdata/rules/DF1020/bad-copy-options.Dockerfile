FROM alpine:3.20
# expect: DF1020
COPY --chmod=999 entrypoint.sh /entrypoint.sh
# expect: DF1020
COPY --chmod=u+q entrypoint.sh /entrypoint.sh
# expect: DF1020
COPY https://example.com/app.tar.gz /app/
# expect: DF1020
COPY https://github.com/moby/buildkit.git /src
# expect: DF1020
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d app.tar.gz /app/
# expect: DF1020
ADD --checksum=md5:0123 https://example.com/app.tar.gz /app/
