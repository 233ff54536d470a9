FROM fedora:40
# expect: DF3041
RUN dnf install -y tomcat && dnf clean all
# expect: DF3041
RUN microdnf install -y rpm-sign && microdnf clean all
# expect: DF3041
RUN dnf module install -y nodejs && dnf clean all
