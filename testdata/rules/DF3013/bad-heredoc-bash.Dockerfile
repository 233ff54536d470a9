FROM python:3.12-slim
# the script fed to bash is read as bash
# expect: DF3013
RUN bash -e <<EOF
pip install --no-cache-dir -r /tmp/requirements.txt
pip install --no-cache-dir pytest
EOF
