FROM maven:3.9-eclipse-temurin-21 AS base
WORKDIR /src
COPY . .
FROM base AS build
RUN mvn package
# expect: DF1007
FROM build AS final
CMD ["java", "-jar", "/src/target/app.jar"]
