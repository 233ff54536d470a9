ARG FOREIGNARCH=arm64
FROM --platform=linux/$FOREIGNARCH debian:bookworm AS foreign
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
FROM --platform=linux/arm/v7 alpine:3.20 AS arm
FROM --platform=windows(10.0.17763)/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2019 AS win
FROM --platform=arm64 alpine:3.20
FROM --platform=windows(10.0.17763+win32k)/amd64 mcr.microsoft.com/windows/servercore:ltsc2019 AS features
