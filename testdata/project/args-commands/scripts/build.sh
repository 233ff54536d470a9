#!/bin/sh
set -e
# quoted forms, for the app image
podman build --build-arg "QUOTED=a b" --build-arg='SINGLE_QUOTED=x' -t app -f app/Dockerfile .
# not argument names: dropped
docker build --build-arg "${DYNAMIC}=1" --build-arg 1ST=x --build-arg A-B=y --build-arg '$HOME' -f app/Dockerfile .
# an array and a quoted string used later, and a Dockerfile from a variable: not known here
ARRAY_ARGS=(--build-arg ARRAY_ARG=1 --build-arg "ARRAY_QUOTED=two words")
EXTRA="--build-arg STRING_ARG=2 --build-arg STRING_ARG2"
docker build "${ARRAY_ARGS[@]}" $EXTRA -f "$DOCKERFILE" --build-arg UNKNOWN_FILE_ARG=3 .
# kaniko, for the tools image
/kaniko/executor --context dir://. --dockerfile tools/Dockerfile --build-arg KANIKO_ARG=1 --destination example/tools
