FROM --platform=linux/amd64 alpine:3.20 AS tools-amd64
FROM --platform=linux/arm64/v8 alpine:3.20 AS tools-arm64
FROM --platform=linux/x86_64 alpine:3.20 AS tools-amd64-legacy
FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows
