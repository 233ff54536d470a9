# expect: DF0002
{{ include "shared" -}}
FROM debian:{{ env.variant }}-slim
ENV APP_VERSION {{ .version }}
RUN apt-get update && apt-get install -y curl
