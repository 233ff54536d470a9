# expect: DF2001
from alpine:3.20 AS base
run apk add --no-cache curl

# expect: DF2001
from base As final
