FROM centos:7
# expect: DF3032
RUN yum install -y mariadb-5.5.68
# expect: DF3032
RUN yum clean all && yum install -y unzip-6.0
