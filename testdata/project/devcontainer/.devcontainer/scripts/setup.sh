#!/bin/sh
# runs inside the container: not a build of the repository
docker build --target from-setup-script --build-arg SETUP_ARG=1 .
