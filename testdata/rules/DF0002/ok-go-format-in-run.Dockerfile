FROM golang:1.22 AS build
# a Go template in a shell command is part of the command, not a placeholder
RUN cp -R "$(go list -m -f '{{.Dir}}' github.com/example/mod)/include" /opt/include
RUN printf '%%s\n' done && echo '@@' && echo '%%'
HEALTHCHECK CMD docker inspect -f '{{.State.Running}}' app || exit 1
