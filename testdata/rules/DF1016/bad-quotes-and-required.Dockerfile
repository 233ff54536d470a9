# expect: DF1016
ARG A="unclosed
FROM alpine:3.20
# expect: DF1016
ENV name='a\'b'
# expect: DF1016
ADD \conf\\" /.znc
# expect: DF1016
USER ${APP_USER:?set APP_USER}
# expect: DF1016
WORKDIR ${}
# expect: DF1016
COPY <<EOT /etc/motd
hello ${USER:x}
EOT
