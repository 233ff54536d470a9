FROM centos:7
RUN yum install -y mariadb-5.5.68 && yum clean all
RUN yum install -y unzip-6.0 && rm -rf /var/cache/yum/*
RUN --mount=type=cache,target=/var/cache/yum yum install -y zip-3.0
RUN bash -c `# not even a yum command`
