FROM nginx:1.27
ARG PORT=80000
EXPOSE 80 443/tcp 65535 "8080"
EXPOSE 40000-60000/udp
# a variable is judged by nobody: its value comes at build time
EXPOSE ${PORT} 40000-${PORT}
