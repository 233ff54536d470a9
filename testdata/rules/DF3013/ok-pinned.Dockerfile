FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3 'alabaster>=0.7' "idna!=3.6" 'pyyaml~=6.0' six===1.16.0
RUN pip install --no-cache-dir -r requirements.txt --constraint constraints.txt
RUN pip install --no-cache-dir . ./libs/core /wheels/tool-1.0-py3-none-any.whl dist/pkg.tar.gz
RUN pip install --no-cache-dir -e ./plugin https://example.com/archive/pkg-1.0.zip
RUN pip install --no-cache-dir git+https://example.com/org/lib.git@v1.2.0#egg=lib
RUN pip install --no-cache-dir --target /opt/tools --trusted-host pypi.example yamllint==1.35.1
RUN pipx install --python "$(which python3)" "poetry==1.8.5"
RUN pipenv install flask
# a requirement held in a variable cannot be judged here
ARG TOOL_SPEC=ruff==0.5.0
RUN pip install --no-cache-dir "$TOOL_SPEC"
RUN pip download flask
# a constraints file pins what it lists
RUN pip install --no-cache-dir pykafka -c https://example.com/constraints.txt
ENV PIP_CONSTRAINT=/etc/pip/constraints.txt
RUN pip install --no-cache-dir kafka-python
