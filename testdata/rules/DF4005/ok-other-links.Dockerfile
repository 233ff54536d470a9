FROM debian:12
RUN ln -sf /bin/true /sbin/initctl
RUN ln -s foo bar && unrelated && something_with /bin/sh
SHELL ["/bin/bash", "-c"]
