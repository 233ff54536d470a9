# expect: DF1017
ARG VARIANT=""
# RUN yum -y install <your-package-list-here>
