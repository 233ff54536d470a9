FROM debian:bookworm-slim
# expect: DF2005
MAINTAINER Jane Doe <jane@example.org>
RUN true
