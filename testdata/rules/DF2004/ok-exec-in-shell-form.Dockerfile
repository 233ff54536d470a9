FROM python:3.12-slim
# exec replaces the shell with the program, which then gets the signals; the shell expands $PORT
CMD exec gunicorn --bind :$PORT --workers 1 app:app
