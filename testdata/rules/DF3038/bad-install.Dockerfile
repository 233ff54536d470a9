FROM fedora:40
# expect: DF3038
RUN dnf install httpd-2.4.62 && dnf clean all
# expect: DF3038
RUN dnf groupinstall "Development Tools" && dnf clean all
