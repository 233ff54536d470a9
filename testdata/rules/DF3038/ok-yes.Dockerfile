FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all
RUN microdnf --assumeyes install httpd-2.4.62 && microdnf clean all
RUN notdnf install httpd
RUN dnf list installed
# microdnf assumes yes by default: the Docker Official Images install with it and no -y
RUN microdnf install httpd-2.4.62 && microdnf clean all
