FROM centos:7
RUN yum install httpd && yum groupinstall "Development Tools" && yum clean all
