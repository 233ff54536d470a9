# expect: DF1006
FROM alpine:3.20 AS tools
RUN apk add --no-cache make
# the only stage that uses "tools" is itself dead, so "tools" is dead with it
# expect: DF1006
FROM tools
RUN make check
FROM python:3.12-slim AS app
COPY . /app
CMD ["python", "/app/main.py"]
