# requires: shellcheck
FROM debian:12
ARG version=1.2.3
ENV app_home=/opt/app
RUN mkdir -p "$app_home" && echo "$version" > "$app_home/VERSION"
# shellcheck disable=SC2086
RUN echo $version
RUN ["sh", "-c", "echo $undefined_but_exec_form"]
RUN <<'EOF' python3
print("not a shell script: $x")
EOF
FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04
SHELL ["pwsh", "-c"]
RUN Write-Host $env:PATH
