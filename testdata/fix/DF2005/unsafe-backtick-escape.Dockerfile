# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
maintainer C:\Users\jane "q" `x
