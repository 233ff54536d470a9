# expect: DF3061
COPY app /app
# expect: DF3061
CMD ["/app"]
