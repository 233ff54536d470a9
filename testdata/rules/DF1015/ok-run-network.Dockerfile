# syntax=docker/dockerfile:1.3.0
# the pin is new enough: a step that must not reach the network
FROM alpine:3.20
RUN --network=none sh -c "echo offline"
