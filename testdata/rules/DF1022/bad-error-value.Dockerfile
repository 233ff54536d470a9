# check=error=yes
# expect-directive: DF1022
FROM alpine:3.20
