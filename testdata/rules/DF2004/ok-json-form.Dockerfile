FROM node:20-alpine
HEALTHCHECK CMD ["curl", "-f", "http://localhost:8080/health"]
ENTRYPOINT ["node", "server.js"]
CMD [ "--port", \
      "8080" ]
