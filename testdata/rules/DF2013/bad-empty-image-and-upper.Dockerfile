# Where BuildKit also refuses the build, DF1017 reports the error and this warning is dropped;
# with DF1017 ignored, the warning is what is left.
# dflint global ignore=DF1017
ARG IMAGE
ARG FLAVOR=Alpine
# expect: DF2013
FROM $IMAGE AS one
# expect: DF2013
FROM ${FLAVOR}:20 AS two
