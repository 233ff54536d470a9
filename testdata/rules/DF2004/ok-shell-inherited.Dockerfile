FROM mcr.microsoft.com/powershell:lts-alpine-3.17 AS base
SHELL ["pwsh", "-Command"]

FROM base
CMD Write-Host "hello"
HEALTHCHECK CMD Test-Path C:/app/ready
