FROM centos:7
RUN yum install -y tomcat-7.0.76 && yum clean all
RUN yum install -y openssl-1:1.0.2k gcc-c++-4.8.5 rpm-sign-4.11.3 && yum clean all
RUN yum install -y /tmp/local-tool.rpm && yum clean all
RUN yum module install -y nodejs:20 && yum clean all
RUN yum groupinstall -y "Development Tools" && yum clean all
