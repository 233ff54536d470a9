FROM python:3.12-slim
# an ARG is in the environment of every later RUN of its stage
ARG PIP_NO_CACHE_DIR=yes
RUN pip install flask==3.0.3
RUN export PIP_NO_CACHE_DIR=on && pip install six==1.16.0
