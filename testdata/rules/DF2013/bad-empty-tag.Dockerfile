# Where BuildKit also refuses the build, DF1017 reports the error and this warning is dropped;
# with DF1017 ignored, the warning is what is left.
# dflint global ignore=DF1017
ARG VERSION
# expect: DF2013
FROM busybox:$VERSION
