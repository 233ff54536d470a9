FROM ubuntu:24.04
# expect: DF1019
RUN --mount=type=bind,source=.,dst=/tmp,z cat /tmp/hey
# expect: DF1019
RUN --mount=type=cahce,target=/root/.cache true
# expect: DF1019
RUN --mount=type=bind,target=/x,required true
# expect: DF1019
RUN --mount=type=cache,target=/x,sharing=lockd true
# expect: DF1019
RUN --mount=type=tmpfs,target=/x,uid=1000 true
# expect: DF1019
RUN --mount=type=secret true
# expect: DF1019
RUN --mount=type=ssh,source=/x true
# expect: DF1019
RUN --mount=type=cache,target=/x,mode=999 true
WORKDIR /
# expect: DF1019
RUN --mount=type=bind,target=. make
