# expect: DF3006
FROM debian AS build
RUN echo built > /out
# expect: DF3006
COPY --from=nginx /etc/nginx/nginx.conf /tmp/
# expect: DF3006
FROM registry.example.com:5000/team/app
COPY --from=build /out /out
