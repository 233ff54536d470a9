FROM alpine:3.20
ARG MODE=0644
COPY --chmod=0755 entrypoint.sh /entrypoint.sh
COPY --chmod=u+x,g-w entrypoint.sh /entrypoint.sh
COPY --chmod=$MODE config /etc/app/config
ADD https://example.com/app.tar.gz /app/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tar.gz /app/
ADD https://github.com/moby/buildkit.git /src
