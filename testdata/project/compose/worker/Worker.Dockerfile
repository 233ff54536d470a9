FROM python:3.12-slim AS worker
COPY . /app
