# syntax=docker/dockerfile:1.27.0
# the pin is new enough: a build step that asks for a GPU
FROM alpine:3.20
RUN --device=nvidia.com/gpu=all nvidia-smi
