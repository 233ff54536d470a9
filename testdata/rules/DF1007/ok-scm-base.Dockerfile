FROM buildpack-deps:bookworm-scm
RUN git clone https://example.com/repo.git /src
