# BuildKit reads each --mount value as one CSV line: a quote inside a field, or an empty value, fails the parse
FROM alpine:3.20
# expect: DF0001
RUN --mount=type=cache,target=/root/.cache,id='go"cache' go build ./...
# expect: DF0001
RUN --mount='"type=cache"x,target=/c' true
# expect: DF0001
RUN --mount= true
RUN --mount='"type=cache",target=/c' true
