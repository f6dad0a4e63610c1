package org.chorus.infra.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Where the local stack keeps its data and which ports it binds, read from the environment. */
public record StackConfig(
    Path repoDir,
    Path dataDir,
    int postgresPort,
    int kafkaPort,
    int kafkaControllerPort,
    int mongoPort,
    int commandPort,
    int queryPort,
    boolean enginesOnly,
    Duration healthTimeout) {

  static final String PG_PORT = "CHORUS_PG_PORT";
  static final String KAFKA_PORT = "CHORUS_KAFKA_PORT";
  static final String KAFKA_CONTROLLER_PORT = "CHORUS_KAFKA_CONTROLLER_PORT";
  static final String MONGO_PORT = "CHORUS_MONGO_PORT";
  static final String COMMAND_PORT = "CHORUS_COMMAND_PORT";
  static final String QUERY_PORT = "CHORUS_QUERY_PORT";

  public static StackConfig fromEnvironment() {
    return from(System.getenv(), System.getProperty("chorus.repo.dir", ""));
  }

  static StackConfig from(Map<String, String> env, String repoDirProperty) {
    Path repoDir = Path.of(repoDirProperty.isBlank() ? env.getOrDefault("CHORUS_REPO_DIR", "") : repoDirProperty)
        .toAbsolutePath().normalize();
    String data = env.getOrDefault("CHORUS_DATA_DIR", "");
    Path dataDir = data.isBlank() ? repoDir.resolve(".data") : Path.of(data).toAbsolutePath().normalize();
    return new StackConfig(
        repoDir,
        dataDir,
        port(env, PG_PORT, 15432),
        port(env, KAFKA_PORT, 9092),
        port(env, KAFKA_CONTROLLER_PORT, 9093),
        port(env, MONGO_PORT, 27017),
        port(env, COMMAND_PORT, 8081),
        port(env, QUERY_PORT, 8082),
        Boolean.parseBoolean(env.getOrDefault("CHORUS_ENGINES_ONLY", "false")),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("CHORUS_HEALTH_TIMEOUT_SECONDS", "240"))));
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'", e);
    }
  }

  Path serviceJar(String module) {
    return serviceJar(repoDir, module);
  }

  /** The fat jar spring-boot-maven-plugin leaves in a service module's target folder. */
  public static Path serviceJar(Path repoDir, String module) {
    return repoDir.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
  }
}
