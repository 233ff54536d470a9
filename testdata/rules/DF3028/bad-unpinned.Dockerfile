FROM ruby:3.3
# expect: DF3028
RUN gem install bundler
# expect: DF3028
RUN gem i rake:13.2.1 nokogiri
