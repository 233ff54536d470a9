FROM alpine:3.20
# expect: DF2012
ARG NPM_TOKEN
# expect: DF2012
ENV DB_PASSWORD=changeme
# expect: DF2012, DF2012
ENV AUTH=basic API_SECRET_KEY=abc
# expect: DF2012, DF2012
ENV REPO_TOKEN=https://user:s3cret@git.example.org/x SECRET=https://example.org/?token=abc
