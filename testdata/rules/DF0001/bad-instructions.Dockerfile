FROM alpine:3.20 AS build
# expect: DF0001
RNU make
# expect: DF0001
COPY --form=build /a /b
# expect: DF0001
HEALTHCHECK --interval=1us CMD true
# expect: DF0001
FROM node:20 AS 2nd
# expect: DF0001
CMD ["node", 1]
# expect: DF0001
ENV PATH
RUN echo still parsed
# expect: DF0001
ONBUILD ONBUILD RUN make
