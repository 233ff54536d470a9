# check=skip=all;
# expect-directive: DF1022
FROM alpine:3.20
