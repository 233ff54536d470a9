FROM debian:12
# the RUN starts a program in the background to initialise its profile, then stops it cleanly
RUN app --init & pid=$!; sleep 10; kill $pid || true
