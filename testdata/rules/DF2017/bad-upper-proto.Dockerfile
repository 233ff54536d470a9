FROM nginx:1.27-alpine
# expect: DF2017, DF2017
EXPOSE 80/TCP 443/Tcp 8443/udp
