#!/usr/bin/env bash
# The action's build step: makes $GITHUB_ACTION_PATH/target/dflint.jar with
# Maven unless the cache restored it, then checks that it runs.
# Outputs: jar (its path), built (true when this run built it), version.
# Environment: JAVA_HOME (from setup-java), DFLINT_MAVEN_REPO (the Maven
# repository to use; optional).
# Run locally: action/build.sh
set -uo pipefail
action=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
# Outputs go to $GITHUB_OUTPUT, or to standard output when run by hand.
if [ -n "${GITHUB_OUTPUT:-}" ]; then exec 3>>"$GITHUB_OUTPUT"; else exec 3>&1; fi
jar=$action/target/dflint.jar

if [ -f "$jar" ]; then
    built=false
    echo "dflint: the jar is already built (restored from the cache)"
else
    built=true
    echo "dflint: building dflint with Maven (once for each version of dflint; the jar is then cached)"
    start=$SECONDS
    if ! DFLINT_BUILD_QUIET=1 sh "$action/bin/dflint-build"; then
        echo "::error title=dflint::building dflint with Maven failed; the build step's log says why"
        exit 2
    fi
    echo "dflint: built in $((SECONDS - start)) s"
fi

if ! version=$(DFLINT_NO_CDS=1 "$action/bin/dflint" --version 2>&1); then
    echo "::error title=dflint::the dflint jar does not run: $version"
    exit 2
fi
version=${version%%$'\n'*}
echo "$version"
{
    echo "jar=$jar"
    echo "built=$built"
    echo "version=$version"
} >&3
