# a tool image: it installs a tool and runs it, and adds no project files
FROM node:22
RUN npm install -g @angular/cli@17.3.0
ENTRYPOINT ["ng"]
