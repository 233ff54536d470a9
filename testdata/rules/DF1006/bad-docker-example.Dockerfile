# options: target=stage2
FROM ubuntu AS base
RUN echo "base"
# expect: DF1006
FROM base AS stage1
RUN echo "stage1"
FROM base AS stage2
RUN echo "stage2"
