from alpine:3.20
run echo one
RUN echo two
workdir /app
cmd ["/app/run"]
