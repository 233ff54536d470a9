FROM alpine:3.20
HEALTHCHECK CMD ["/bin/check"]
CMD ["/bin/app"]
ONBUILD CMD ["/bin/child"]
