FROM fedora:40 AS build
ENV version=2.45.2-1.fc40
FROM fedora:40
# expect: DF3041
RUN dnf -y install git-core-${version} && dnf clean all
