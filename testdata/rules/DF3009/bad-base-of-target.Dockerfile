# base is the FROM parent of the target: its layers are in the image
FROM debian:12 AS base
# expect: DF3009
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311
FROM base
# an ONBUILD trigger runs in every image built on this one
# expect: DF3009
ONBUILD RUN aptitude update && aptitude install -y vim
CMD ["bash"]
