FROM fedora:40 AS base
ENV GIT_VERSION=2.45.2-1.fc40
FROM base
ARG curl_version=8.6.0-8.fc40
RUN yum -y install git-core-${GIT_VERSION} curl-$curl_version && yum clean all
RUN V=1.2.3-1 && yum -y install tool-$V && yum clean all
