# syntax=docker/dockerfile:1.14.0-labs
# the pin is new enough: a build step that asks for a GPU
FROM alpine:3.20
RUN --device=nvidia.com/gpu=all nvidia-smi
