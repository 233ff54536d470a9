ARG VARIANT
# expect: DF1016
FROM mcr.microsoft.com/devcontainers/dotnet:0-${VARIANT:imageVariant}
# expect: DF1016
RUN --mount=type=cache,target=${CACHE:x} true
