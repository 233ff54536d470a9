# These bases set a working directory that is part of how they are used.
FROM golang:1.23 AS build
COPY go.mod go.sum ./
RUN go mod download

FROM registry.access.redhat.com/ubi9/nodejs-22 AS web
COPY package.json ./
RUN npm install

FROM php:8.3-apache
COPY src/ .
