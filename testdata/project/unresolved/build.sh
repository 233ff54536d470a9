#!/bin/sh
# Which Dockerfile is built depends on the component: dflint cannot tell, so the target counts
# for every Dockerfile that has a stage of that name.
component=$1
docker build --target packager -f "$component/Dockerfile" "$component"
docker build --target "$STAGE" -f a/Dockerfile a
