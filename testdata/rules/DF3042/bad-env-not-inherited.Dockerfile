FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1
# a stage built FROM an image, not FROM base, does not see base's ENV
FROM python:3.12-slim
# expect: DF3042
RUN pip install requests==2.32.3
