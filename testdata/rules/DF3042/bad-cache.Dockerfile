FROM python:3.12-slim
# expect: DF3042
RUN pip install flask==3.0.3
# expect: DF3042
RUN python3 -m pip install -r requirements.txt
# expect: DF3042
RUN PIP_NO_CACHE_DIR=off pip install six==1.16.0
# expect: DF3042
RUN export PIP_NO_CACHE_DIR=0 && pip install idna==3.7
# expect: DF3042
RUN env PIP_NO_CACHE_DIR=false pip install click==8.1.7
