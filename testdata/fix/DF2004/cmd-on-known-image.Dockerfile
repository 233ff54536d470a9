FROM python:3.12-slim
COPY app.py /app/
HEALTHCHECK --interval=30s CMD python /app/check.py --quick
CMD python /app/app.py --port 8080
