# Newswire as a container image, for docker-compose.yml. Builds the jar inside the image, so a machine with Docker
# needs neither a JDK nor Maven.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the compose healthcheck (GET /health/ready); the state directory for the named volume, owned by the user
# the processor runs as (a new volume takes the ownership of the directory it is mounted on).
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/lib/newswire/state && chown -R 10001 /var/lib/newswire
WORKDIR /app
COPY --from=build /src/target/newswire.jar /app/newswire.jar
COPY seeds /app/seeds
USER 10001
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/newswire.jar"]
CMD ["--help"]
