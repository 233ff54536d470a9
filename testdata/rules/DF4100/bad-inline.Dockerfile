FROM alpine:3.20
# dflint ignore=DF3003
# expect: DF4100
RUN cd /tmp && wget https://example.com/x
# expect: DF4100
# hadolint ignore=DL3003,DL3047 because the mirror is slow
RUN cd /tmp && wget https://example.com/y
