# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
ENV DIR C:\Program Files\App
ENV Q "x y" `$z w
