FROM postgres:16
# the build runs as root here: sudo -u switches to a less privileged user
RUN sudo -u postgres initdb -D /var/lib/postgresql/data
USER root
RUN sudo --user=nobody touch /tmp/marker
FROM postgres:16 AS second
USER 0:0
RUN sudo -g nogroup -u nobody id
