FROM debian:12
# A pipe in a condition decides a branch; it never fails the build.
RUN if head -1 /etc/os-release | grep -q Debian; then echo debian; fi
RUN while ls /tmp | grep -q lock; do sleep 1; done
RUN if true; then echo ok; elif uname -a | grep -q Linux; then echo linux; fi
