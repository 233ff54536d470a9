# A development image: its base is the author's working environment, not something shipped.
FROM python:3.12-slim AS app
COPY . /app
CMD ["python", "/app/main.py"]

FROM continuumio/miniconda3 AS dev
RUN conda install -y ipython
