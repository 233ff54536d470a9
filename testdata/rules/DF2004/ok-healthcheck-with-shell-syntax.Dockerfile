FROM nginx:1.27-alpine
HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1
HEALTHCHECK CMD [ -e /tmp/ready ]
CMD ["nginx", "-g", "daemon off;"]
# an unknown type is a syntax error, not a shell-form command
# expect: DF0001
HEALTHCHECK CONNECT TCP 7000
