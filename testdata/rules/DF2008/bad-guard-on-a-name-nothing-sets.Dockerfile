FROM alpine:3.20
ARG RUNTIME_UID
# UID is never declared and alpine does not set it: the default always wins
# expect: DF2008
ENV RUNTIME_UID=${UID:-1000}
# X=${X} alone copies an empty value
# expect: DF2008
ENV LD_LIBRARY_PATH=${LD_LIBRARY_PATH}
