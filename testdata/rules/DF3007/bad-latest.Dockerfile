# expect: DF3007
FROM debian:latest AS build
# expect: DF3007
COPY --from=busybox:latest /bin/busybox /bin/
