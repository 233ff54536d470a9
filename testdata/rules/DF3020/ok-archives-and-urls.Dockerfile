FROM alpine:3.20
ADD rootfs.tar.gz /
ADD "file.tgz" /usr/src/app/
ADD https://example.com/tool /usr/local/bin/tool
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a /a
ADD git@github.com:moby/buildkit.git#v0.14.0 /src
ADD ${ARTIFACT} /opt/
ADD --unpack=true plugin /opt/
COPY app.conf /etc/app/
