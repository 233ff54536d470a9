FROM maven:3.9 AS build
RUN mvn -q package

FROM eclipse-temurin:21-jre
COPY --from=0 /target/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
