FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum --assumeyes install mod_ssl-2.4.6 && yum clean all
RUN yum -yq install zip-3.0 && yum clean all
RUN yum list installed
RUN bash -c `# not even a yum command`
