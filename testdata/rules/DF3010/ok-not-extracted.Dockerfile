FROM debian:12 AS build
COPY packaged-app.tar /usr/src/app/
COPY --from=build /usr/src/app/packaged-app.tar /opt/app.tar
COPY site.zip /tmp/
RUN unzip /tmp/site.zip -d /srv
COPY package.json /usr/src/app/
RUN tar -cf /backup.tar /usr/src/app
FROM debian:12
RUN tar -xf /usr/src/app/packaged-app.tar
