from alpine:3.20
# expect: DF2003
Run apk add --no-cache curl
copy app /app
# expect: DF2003
COPY conf /conf
