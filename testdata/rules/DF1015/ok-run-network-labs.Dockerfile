# syntax=docker/dockerfile:1.2.1-labs
# the pin is new enough: a step that must not reach the network
FROM alpine:3.20
RUN --network=none sh -c "echo offline"
