FROM debian:bookworm
# into what the script unpacks, clones or creates, and back out: ordinary shell
RUN mkdir -p /usr/src/app && cd /usr/src/app && touch built
RUN git clone https://example.com/repo.git && cd repo && make && cd .. && rm -rf repo
RUN curl -fsSLO https://example.com/tool-1.2.tar.gz; tar xf tool-1.2.tar.gz; cd tool-1.2; ./configure; make install; cd /; rm -rf tool-1.2
RUN go env && cd /tmp && ls
RUN cd /tmp && curl -fsSLO https://example.com/x.tgz && tar xf x.tgz && rm x.tgz
RUN cd "$HOME" && ls
