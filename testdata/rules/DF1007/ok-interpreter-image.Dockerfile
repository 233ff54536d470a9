# an interpreter image: CMD runs the bare interpreter, as the official images do
FROM buildpack-deps:bookworm
ENV PYTHON_VERSION=3.12.4
COPY build-python.sh /usr/local/bin/
RUN build-python.sh
CMD ["python3"]
