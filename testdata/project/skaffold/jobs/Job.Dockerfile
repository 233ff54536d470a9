FROM python:3.12-slim AS job-runner
CMD ["python", "job.py"]
