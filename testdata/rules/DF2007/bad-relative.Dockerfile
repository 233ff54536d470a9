FROM python:3.12-slim
# expect: DF2007
WORKDIR app
COPY . .
WORKDIR src
