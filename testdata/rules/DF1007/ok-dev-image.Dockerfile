# a development container: the toolchain is what the developer works with
FROM mcr.microsoft.com/devcontainers/go:1.22
COPY . /workspace
CMD ["sleep", "infinity"]
