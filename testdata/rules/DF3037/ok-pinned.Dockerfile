FROM opensuse/leap:15.6
RUN zypper install -y tomcat=9.0.85 && zypper clean
RUN zypper install -y tomcat\>=9.0 'java>11' tomcat\<=10 && zypper clean
RUN zypper install -y /tmp/tomcat-9.0.39-1.rpm && zypper clean
