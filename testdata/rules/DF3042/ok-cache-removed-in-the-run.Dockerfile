FROM python:3.12-alpine
# the cache is removed before the RUN ends, so the layer never keeps it
RUN pip install awscli==1.33.0 && rm -rf /var/cache/apk/* ~/.cache/pip
