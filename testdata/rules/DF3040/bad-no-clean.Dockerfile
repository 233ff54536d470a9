FROM fedora:40
# expect: DF3040
RUN dnf install -y mariadb-10.11.8
# expect: DF3040
RUN microdnf install -y mariadb-10.11.8
# expect: DF3040
RUN microdnf clean all && dnf in -y mariadb-10.11.8
# expect: DF3040
RUN dnf -y upgrade
