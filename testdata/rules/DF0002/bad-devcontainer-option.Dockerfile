# expect: DF0002
ARG VARIANT=${templateOption:imageVariant}
FROM mcr.microsoft.com/devcontainers/javascript-node:${VARIANT}
