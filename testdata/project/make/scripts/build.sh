#!/bin/sh
set -eu
cd "$(dirname "$0")/.."
podman build --target=integration -f build/Dockerfile .
buildah bud --target docs-builder -f build/Dockerfile .
echo "docker build --target not-a-command" > /dev/null
