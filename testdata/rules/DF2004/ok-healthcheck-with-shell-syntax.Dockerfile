FROM nginx:1.27-alpine
HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1
HEALTHCHECK CMD [ -e /tmp/ready ]
CMD ["nginx", "-g", "daemon off;"]
