# Stages used only by a stage the pragma names are needed.
# dflint targets=DEV, app
FROM alpine:3.20 AS tools
RUN apk add --no-cache make
FROM tools AS dev
RUN make dev
FROM alpine:3.20 AS app
COPY . /app
