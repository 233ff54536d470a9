FROM mcr.microsoft.com/dotnet/aspnet:8.0
# .NET configuration: the key half of a key/value filter, not a secret
ENV DefaultProcess__Filters__0__Key=ProcessId \
    DefaultProcess__Filters__0__Value=1
