FROM ruby:3.3
RUN gem install bundler:2.5.16
RUN gem install bundler -v '2.5.16'
RUN gem install bundler --version='2.5.16'
RUN gem install nokogiri:1.16.7 -- --use-system-libraries=true
RUN gem install nokogiri:1.16.7 --use-system-libraries true
RUN gem update --system && gem list
