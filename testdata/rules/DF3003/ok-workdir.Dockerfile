FROM golang:1.22
WORKDIR /src
RUN go build ./...
RUN echo cd /src > /notes.txt
RUN (cd /usr/src/lib && make install)
RUN tar -cf - -C /build . | (cd /opt/app; tar -xf -)
