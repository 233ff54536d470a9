ARG VARIANT=bookworm
FROM debian:${VARIANT:-bookworm}
ARG APP_USER=app
ENV HOME=/home/${APP_USER} SHORT=${VARIANT%%-*}
USER ${APP_USER:?set APP_USER}
WORKDIR "/srv/${APP_USER}"
COPY <<"EOT" /etc/motd
hello ${USER:x}
EOT
COPY <<EOT /etc/hi
it's "fine"
EOT
FROM node:22
# node's image may define it
USER ${NODE_USER:?}
