FROM python:3.12-slim
# one finding for the RUN's cache
# expect: DF3042
RUN pip install flask==3.0.3 && pip install gunicorn==22.0.0
