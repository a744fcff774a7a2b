# syntax=docker/dockerfile:1
# CSR Academy: the single-page app and the API in one image (see docs/operations.md).
#   docker build -t csr-academy:local .

# --- 1. the single-page app -------------------------------------------------------------------
FROM node:20-bookworm AS frontend
WORKDIR /build/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

# --- 2. the backend jar (it packages ../frontend/dist as its static resources) ----------------
FROM maven:3.9-eclipse-temurin-17 AS backend
WORKDIR /build
COPY pom.xml ./
COPY frontend/pom.xml frontend/
COPY backend/ backend/
COPY content/ content/
COPY --from=frontend /build/frontend/dist/ frontend/dist/
# -am also builds the frontend module (the backend depends on it for the build order), whose
# exec-maven-plugin would run npm, which this image does not have: its dist comes from stage 1.
# skip.npm=true is the switch meant for that; until frontend/pom.xml reads it, skip.npm.install=true
# (npm ci) and exec.skip=true (npm run build) do the same with the executions as they are today.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -pl backend -am package -DskipTests \
        -Dskip.npm=true -Dskip.npm.install=true -Dexec.skip=true -Dcds.skip=true \
 && jars="$(ls backend/target/*.jar)" \
 && [ "$(echo "$jars" | wc -l)" -eq 1 ] \
 && cp "$jars" /build/app.jar

# --- 3. runtime ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# the CJK font the certificate PDF embeds (docs/certification.md)
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 academy \
 && useradd --system --uid 10001 --gid academy --home-dir /app --shell /usr/sbin/nologin academy \
 && mkdir -p /app/data \
 && chown -R academy:academy /app
WORKDIR /app
COPY --from=backend --chown=academy:academy /build/app.jar /app/app.jar
USER academy
# the embedded store (academy.store.embedded.path=data/academy.mv) and the development issuer's key
# live here; with SPRING_MONGODB_URI set, the data is in MongoDB instead
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=30 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java","-XX:MaxRAMPercentage=75","-XX:+UseParallelGC","-XX:NewRatio=1","-jar","/app/app.jar"]
