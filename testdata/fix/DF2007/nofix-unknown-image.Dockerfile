FROM example.com/team/base:1.0
WORKDIR app
