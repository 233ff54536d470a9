FROM nginx:1.27-alpine
# expect: DF2009
CMD ["nginx"]
COPY nginx.conf /etc/nginx/nginx.conf
CMD ["nginx", "-g", "daemon off;"]
