FROM centos:7 AS build
RUN yum install -y gcc-4.8.5 make-3.82
RUN make /src
FROM centos:7
COPY --from=build /src/app /usr/local/bin/app
RUN yum install -y libstdc++-4.8.5 && yum clean all
