FROM debian:12 AS base
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN wget -O - https://some.site | wc -l > /number
FROM base
RUN wget -O - https://some.site | wc -l > /number
FROM debian:12 AS plain
RUN set -o pipefail && wget -O - https://some.site | wc -l > /number
RUN wget -O - https://some.site && wc -l file > /number
RUN cp /out/tool "/dist/tool-$(echo linux/amd64 | tr / -)"
RUN ["sh", "-c", "cat /a | wc -l"]
RUN <<EOF
#!/bin/bash
set -euo pipefail
curl -fsSL https://some.site | tar -xz
EOF
FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04
SHELL ["pwsh", "-c"]
RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value
