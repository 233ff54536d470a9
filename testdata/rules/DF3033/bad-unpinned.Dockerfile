FROM centos:7
# expect: DF3033
RUN yum install -y tomcat && yum clean all
# expect: DF3033, DF3033
RUN yum install -y \
      rpm-sign \
      httpd-2.4.6 \
      mod_ssl \
    && yum clean all
# expect: DF3033
RUN yum module install -y nodejs && yum clean all
