FROM alpine:3.20
# BuildKit finds no heredoc on a line its lexer cannot read (${d2.txt), so the body is instructions
COPY <<EOF /copy-${d2.txt
# expect: DF0001
varB=valueB
# expect: DF0001
EOF
