# syntax=docker/dockerfile:1.2.0-labs
# needs a newer frontend than the pin: a step that must not reach the network
FROM alpine:3.20
# expect: DF1015
RUN --network=none sh -c "echo offline"
