FROM fedora:40 AS base
ENV version=2.45.2-1.fc40
RUN dnf install -y tomcat-10.1.24 openssl-1:3.2.1 gcc-c++-14.1.1 && dnf clean all
RUN microdnf module install -y nodejs:20 && microdnf clean all
RUN dnf -y group install "Development Tools" && dnf clean all
RUN dnf install -y @development-tools && dnf clean all
RUN notdnf install tomcat
FROM base
RUN dnf -y install git-core-${version} && dnf clean all
