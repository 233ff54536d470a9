# syntax=docker/dockerfile:1
# dflint in a container, for machines without Java. The pre-commit hook
# `dflint-docker` builds this file; by hand:
#   docker build -t dflint . && docker run --rm -v "$PWD:/src" dflint Dockerfile

# build makes the shaded jar (the tests run in CI, not here).
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY grammar/ grammar/
COPY rules/ rules/
COPY src/main/ src/main/
COPY src/build/ src/build/
RUN mvn -B -q -Dmaven.test.skip=true package

# runtime links a Java runtime of only the modules the jar uses, with class-data archives.
FROM eclipse-temurin:17.0.15_6-jdk-jammy AS runtime
COPY --from=build /build/target/dflint.jar /tmp/dflint.jar
RUN jlink --add-modules "$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps /tmp/dflint.jar)" \
        --strip-debug --no-man-pages --no-header-files --generate-cds-archive --output /opt/java

# The image: that runtime, the jar and the launcher; no build tools, not root.
FROM debian:12.11-slim
COPY --from=runtime /opt/java /opt/java
COPY --from=build /build/target/dflint.jar /build/target/dflint.build /opt/dflint/lib/
COPY bin/dflint /opt/dflint/bin/dflint
ENV JAVA_HOME=/opt/java \
    DFLINT_CACHE_DIR=/opt/dflint/cache
# The first run of each kind makes the launcher's class-data archive for that kind
# (lints in each format, with and without a configuration file, stages, the rest).
# Made here, they are made once, and no container pays for them, whichever user id
# it runs as.
RUN chmod 0755 /opt/dflint/bin/dflint \
    && printf 'FROM scratch\n' > /tmp/Dockerfile && printf 'ignore: []\n' > /tmp/dflint.yaml \
    && for format in text json sarif; do \
         DFLINT_TRAIN_WAIT=1 /opt/dflint/bin/dflint --no-fail --format "$format" /tmp/Dockerfile >/dev/null \
         && DFLINT_TRAIN_WAIT=1 /opt/dflint/bin/dflint --no-fail --config /tmp/dflint.yaml --format "$format" \
            /tmp/Dockerfile >/dev/null || exit 1; \
       done \
    && DFLINT_TRAIN_WAIT=1 /opt/dflint/bin/dflint stages /tmp/Dockerfile >/dev/null \
    && DFLINT_TRAIN_WAIT=1 /opt/dflint/bin/dflint --version \
    && rm -f /tmp/Dockerfile /tmp/dflint.yaml \
    && chmod -R a+rX /opt/dflint \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin dflint
USER 10001
WORKDIR /src
# A command-line tool, not a service.
HEALTHCHECK NONE
ENTRYPOINT ["/opt/dflint/bin/dflint"]
