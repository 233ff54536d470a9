# check=skip=all;
# expect-directives: DF1022
FROM alpine:3.20
