FROM alpine:3.20 AS vars
ARG HOME_DIR
WORKDIR ${HOME_DIR}/app

FROM alpine:3.20 AS env
WORKDIR $APP_HOME

FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS win
WORKDIR C:/app

FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS win2
WORKDIR "C:\app"
