FROM fedora:40 AS build
ENV version=2.45.2-1.fc40
FROM fedora:40
# expect: DF3033
RUN yum -y install git-core-${version} && yum clean all
