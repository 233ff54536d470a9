FROM alpine:3.20 AS golang
FROM golang:1.22
FROM docker.io/library/alpine:3.20
