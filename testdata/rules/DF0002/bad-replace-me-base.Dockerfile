# expect: DF0002
FROM REPLACE-ME
RUN dnf install -y git && dnf clean all
