# check=skip=ConsistentInstructionCasing
# dflint global ignore=DL9999
FROM alpine:3.20
# dflint ignore=test-maintainer because we must
MAINTAINER a@b
# hadolint ignore=DL4000
MAINTAINER c@d
MAINTAINER e@f
RUN a \
  b
from x
# dflint ignore=DF0001
BAD x
