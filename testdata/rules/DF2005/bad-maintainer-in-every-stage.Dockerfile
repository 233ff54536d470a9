FROM alpine:3.20 AS build
# expect: DF2005
MAINTAINER ops@example.org

FROM alpine:3.20
# expect: DF2005
maintainer ops@example.org
