FROM alpine:3.20
# expect: DF2012
ARG aws_secret_access_key
# expect: DF2012
ENV Github_Token=x
# expect: DF2012
ARG GPG_KEY_PASSWORD
