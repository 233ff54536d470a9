#!/usr/bin/env bash
# The action's cache keys, as step outputs:
#   sources  a hash of everything the jar is built from, so a cached jar is
#            reused exactly as long as the sources are the same (whatever the
#            tag, branch or commit the workflow names the action by);
#   maven    a hash of pom.xml: the Maven repository a build needs.
# Run locally: action/key.sh
set -euo pipefail
action=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
# Outputs go to $GITHUB_OUTPUT, or to standard output when run by hand.
if [ -n "${GITHUB_OUTPUT:-}" ]; then exec 3>>"$GITHUB_OUTPUT"; else exec 3>&1; fi
cd "$action"

if command -v sha256sum >/dev/null 2>&1; then hasher=(sha256sum)
elif command -v shasum >/dev/null 2>&1; then hasher=(shasum -a 256)
else echo "::error title=dflint::neither sha256sum nor shasum is installed" >&2; exit 2
fi
digest() { "${hasher[@]}" | cut -c1-64; }

# Each file's path and content hash, in a fixed order, hashed again.
sources=$(find pom.xml grammar rules src/main src/build -type f -print0 2>/dev/null |
    LC_ALL=C sort -z | xargs -0 "${hasher[@]}" | digest)
maven=$(digest < pom.xml)
{
    echo "sources=${sources:0:32}"
    echo "maven=${maven:0:32}"
} >&3
