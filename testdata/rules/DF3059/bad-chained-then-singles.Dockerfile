FROM debian:12
RUN foo && bar
RUN foo
# expect: DF3059
RUN bar
