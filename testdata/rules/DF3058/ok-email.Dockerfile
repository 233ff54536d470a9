# options: label=maintainer:email
FROM alpine:3.20
LABEL maintainer="abcd@google.com"
LABEL maintainer=first.last+docker@mail.example.org other="someone"
