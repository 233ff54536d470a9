FROM python:3.12-slim
# one finding for the RUN, naming every unpinned package
# expect: DF3013
RUN pip install --no-cache-dir flask && pip install --no-cache-dir gunicorn
