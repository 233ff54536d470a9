# check=skip=JSONArgsRecommended,StageNameCasing;error=true
FROM alpine:3.20
CMD ["true"]
