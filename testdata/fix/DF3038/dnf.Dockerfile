FROM rockylinux:9
RUN dnf install git && dnf group install "Development Tools" && microdnf install jq && dnf clean all
