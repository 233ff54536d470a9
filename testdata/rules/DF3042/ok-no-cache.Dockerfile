FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1
FROM python:3.12-slim AS build
# a stage only copied from does not ship its cache
RUN pip install --target /out requests==2.32.3
FROM base
RUN pip install flask==3.0.3
RUN pip install --no-cache-dir six==1.16.0 && pip3 install idna==3.7 --no-cache-dir
RUN PIP_NO_CACHE_DIR=true pip install click==8.1.7
RUN --mount=type=cache,target=/root/.cache/pip pip install rich==13.7.1
RUN pipx install black==24.4.2
COPY --from=build /out /usr/local/lib/python3.12/site-packages
RUN env PIP_NO_CACHE_DIR=1 pip install attrs==23.2.0
