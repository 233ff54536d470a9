FROM alpine:3.20
# expect: DF2012
ARG aws_secret_access_key
# expect: DF2012
ENV Github_Token=x
