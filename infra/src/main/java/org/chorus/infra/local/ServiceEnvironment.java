package org.chorus.infra.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The environment both services read to find the engines, each other and the data folder. */
public record ServiceEnvironment(
    String jdbcUrl,
    String user,
    String password,
    String kafkaBootstrapServers,
    String mongoUri,
    Path dataDir,
    int commandPort) {

  public Map<String, String> forService(int serverPort) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPRING_PROFILES_ACTIVE", "local");
    env.put("SERVER_PORT", String.valueOf(serverPort));
    env.put("SPRING_DATASOURCE_URL", jdbcUrl);
    env.put("SPRING_DATASOURCE_USERNAME", user);
    env.put("SPRING_DATASOURCE_PASSWORD", password);
    env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
    env.put("CHORUS_DATA_DIR", dataDir.toString());
    env.put("CHORUS_MONGO_URI", mongoUri);
    env.put("CHORUS_COMMAND_URL", "http://localhost:" + commandPort);
    return env;
  }
}
