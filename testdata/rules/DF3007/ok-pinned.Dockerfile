ARG TAG=22.4
FROM debian:12
FROM hub.docker.io/debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb
FROM node:${TAG}
