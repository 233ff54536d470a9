FROM centos:7 AS base
# expect: DF3032
RUN yum install -y java-11-openjdk-11.0.23
FROM base
CMD ["java", "-version"]
