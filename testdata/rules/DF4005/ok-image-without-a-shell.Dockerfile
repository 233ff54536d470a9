FROM gcr.io/kaniko-project/executor:debug
SHELL ["/busybox/sh", "-c"]
# kaniko and distroless :debug keep busybox in /busybox and have no /bin/sh to replace
RUN ln -s /busybox/sh /bin/sh
FROM gcr.io/distroless/base-debian12:debug AS tools
SHELL ["/busybox/sh", "-c"]
RUN ln -sf /busybox/busybox /bin/sh
