FROM debian:12
RUN apt-get update
# expect: DF3059
RUN apt-get install -y curl
# expect: DF3059
RUN ./configure
# a comment between them does not separate the layers

# expect: DF3059
RUN make
RUN --mount=type=secret,id=npmrc npm ci
# expect: DF3059
RUN --mount=type=secret,id=npmrc npm run build
