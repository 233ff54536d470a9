# expect: DF1016
FROM mcr.microsoft.com/devcontainers/dotnet:0-${templateOption:imageVariant}
# expect: DF1016
RUN --mount=type=cache,target=${CACHE:x} true
