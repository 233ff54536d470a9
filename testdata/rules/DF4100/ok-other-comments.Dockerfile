# dflint global ignore=DF3003
# hadolint global ignore=DL3003
FROM alpine:3.20
# hadolint shell=powershell
RUN cd /tmp && wget https://example.com/x
# ignore=DF3003 is just text here
RUN echo done
# dflint ignore=
RUN echo "an empty pragma ignores nothing"
