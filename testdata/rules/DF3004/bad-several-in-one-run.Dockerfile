FROM node:22
USER node
# one finding for the RUN, however many sudo it has
# expect: DF3004
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends jq
# sudo -u as a non-root user still needs sudo rights
# expect: DF3004
RUN sudo -u postgres psql -c 'select 1'
