#!/usr/bin/env bash
# Builds every smoke-test image in turn.
set -euo pipefail
declare -a SMOKE_TARGETS=("clean-install" "staged-install")
SMOKE_TARGETS+=("upgrade-from-stable")
for target in "${SMOKE_TARGETS[@]}"; do
    docker build --target "$target" -f "$(dirname "$0")/Dockerfile" "$(dirname "$0")"
done
EXTRA="$1"
docker build --target "$EXTRA" -f smoke/Dockerfile .
