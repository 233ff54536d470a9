FROM centos:7
# expect: DF3030
RUN yum install httpd-2.4.6 && yum clean all
# expect: DF3030
RUN yum -q groupinstall "Development Tools" && yum clean all
# expect: DF3030
ONBUILD RUN yum localinstall /tmp/pkg.rpm && yum clean all
