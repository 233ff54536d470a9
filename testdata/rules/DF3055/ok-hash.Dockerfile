# options: label=revision:hash
FROM alpine:3.20
LABEL revision="2dbfae9"
LABEL revision="43c572f1272b6b3171dd1db9e41b7027128ce080"
LABEL revision=${GIT_SHA} other=main
