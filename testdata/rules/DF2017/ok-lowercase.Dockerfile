FROM nginx:1.27-alpine
EXPOSE 80/tcp 443 53/udp 9000-9010/tcp
