FROM debian:12
# The condition is exempt, the branch is not: a failing curl there is hidden from the build.
# expect: DF4006
RUN if [ -d /opt ]; then curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt; fi
