FROM python:3.12-slim
# expect: DF3013
RUN pip install --no-cache-dir flask
# expect: DF3013
RUN pip3 install --no-cache-dir \
        requests==2.32.3 \
        "uvicorn[standard]" \
    && python3 -m pip install --no-cache-dir --index-url https://pypi.example/simple gunicorn==22.0.0
# expect: DF3013
RUN python3 -m pip install --no-cache-dir --root-user-action=ignore black
# expect: DF3013
RUN pip install --no-cache-dir git+https://example.com/org/lib.git#egg=lib
# expect: DF3013
RUN pipx install poetry
