FROM debian:bookworm-slim
# expect: DF0002
ENV GOSU_VERSION %%GOSU_VERSION%%
RUN set -eux; echo "@@ not a placeholder @@"
