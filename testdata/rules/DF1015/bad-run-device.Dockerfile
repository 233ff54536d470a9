# syntax=docker/dockerfile:1.26
# needs a newer frontend than the pin: a build step that asks for a GPU
FROM alpine:3.20
# expect: DF1015
RUN --device=nvidia.com/gpu=all nvidia-smi
