package org.chorus.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ComposeFileTest {

  private static final Path COMPOSE = DeployFiles.path("infra/compose/compose.yaml");
  private static final Path DOCKERFILE = DeployFiles.path("infra/compose/Dockerfile");
  private static final List<String> ENGINES = List.of("postgres", "kafka", "mongo");
  private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");

  private final Map<String, Object> compose = DeployFiles.yaml(COMPOSE);
  private final Map<String, Object> services = DeployFiles.map(compose, "services");

  @Test
  void runsTheOfficialEngineImagesPinnedToOneRelease() {
    assertThat(image("postgres")).matches("postgres:18\\.\\d+(\\.\\d+)?");
    assertThat(image("kafka")).matches("apache/kafka:4\\.\\d+\\.\\d+");
    assertThat(image("mongo")).matches("mongo:8\\.0\\.\\d+");
    assertThat(DeployFiles.images(compose)).allSatisfy(image -> assertThat(PinnedImage.isPinned(image))
        .as("%s is pinned to one release", image).isTrue());
  }

  @Test
  void buildsBothServicesFromTheRepositoryOnPinnedTemurin17Images() {
    for (String service : List.of("command-service", "query-service")) {
      Map<String, Object> build = DeployFiles.map(service(service), "build");
      assertThat(DeployFiles.map(build, "args")).containsEntry("MODULE", service);
      assertThat(COMPOSE.getParent().resolve((String) build.get("context"))
          .resolve((String) build.get("dockerfile")).normalize()).isEqualTo(DOCKERFILE);
    }
    List<String> stages = FROM.matcher(DeployFiles.text(DOCKERFILE)).results().map(match -> match.group(1)).toList();
    assertThat(stages).isNotEmpty().allSatisfy(image -> assertThat(PinnedImage.isPinned(image))
        .as("%s is pinned to one release", image).isTrue());
    assertThat(stages.get(stages.size() - 1)).startsWith("eclipse-temurin:17.");
  }

  @Test
  void everyContainerHasAHealthCheckAndTheServicesCheckReadiness() {
    services.forEach((name, service) -> assertThat(DeployFiles.map(service)).as(name).containsKey("healthcheck"));
    for (String service : List.of("command-service", "query-service")) {
      assertThat(String.valueOf(DeployFiles.map(service(service), "healthcheck").get("test")))
          .contains("/actuator/health/readiness");
    }
  }

  @Test
  void everyEngineKeepsItsDataInANamedVolume() {
    Map<String, Object> volumes = DeployFiles.map(compose, "volumes");
    for (String engine : ENGINES) {
      List<String> named = DeployFiles.list(service(engine), "volumes").stream().map(String::valueOf)
          .map(volume -> volume.substring(0, volume.indexOf(':'))).filter(volumes::containsKey).toList();
      assertThat(named).as("named volumes of %s", engine).isNotEmpty();
    }
  }

  @Test
  void servicesStartOnlyOnHealthyEngines() {
    assertThat(dependencies("command-service")).containsOnlyKeys("postgres", "kafka");
    assertThat(dependencies("query-service")).containsOnlyKeys("mongo", "kafka", "command-service");
    for (String service : List.of("command-service", "query-service")) {
      assertThat(dependencies(service).values()).allSatisfy(condition -> assertThat(DeployFiles.map(condition))
          .containsEntry("condition", "service_healthy"));
    }
  }

  @Test
  void mongoIsAReplicaSetThatInitiatesItself() {
    assertThat(String.valueOf(service("mongo").get("command"))).contains("--replSet", "rs0");
    assertThat(String.valueOf(DeployFiles.map(service("mongo"), "healthcheck").get("test"))).contains("rs.initiate");
    assertThat(environment("query-service").get("CHORUS_MONGO_URI")).asString().contains("replicaSet=rs0");
  }

  @Test
  void kafkaNeverElectsAnUncleanLeaderNorCreatesTopicsOnItsOwn() {
    Map<String, Object> kafka = environment("kafka");
    assertThat(String.valueOf(kafka.get("KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE"))).isEqualTo("false");
    assertThat(String.valueOf(kafka.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
    assertThat(String.valueOf(kafka.get("KAFKA_PROCESS_ROLES"))).contains("controller");
  }

  @Test
  void servicesAreConfiguredWithTheEnginesAndSignInFromTheEnvironment() {
    assertThat(environment("command-service")).containsKeys("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
        "CHORUS_KEYSTORE_URL", "CHORUS_KEYSTORE_MASTER_KEY", "CHORUS_INTERNAL_PASSWORD", "CHORUS_AUTH_ISSUER_URI");
    assertThat(environment("query-service")).containsKeys("CHORUS_MONGO_URI", "SPRING_KAFKA_BOOTSTRAP_SERVERS",
        "CHORUS_COMMAND_URL", "CHORUS_INTERNAL_PASSWORD", "CHORUS_AUTH_ISSUER_URI");
    assertThat(environment("command-service").get("CHORUS_KEYSTORE_URL")).asString()
        .isNotEqualTo(environment("command-service").get("SPRING_DATASOURCE_URL"));
  }

  @Test
  void everyVariableGivenToAServiceIsOneItReads() {
    for (String service : List.of("command-service", "query-service")) {
      ServiceProperties reads = ServiceProperties.of(service);
      assertThat(environment(service).keySet()).as("variables of %s", service).allSatisfy(variable ->
          assertThat(reads.reads(variable)).as("%s reads %s", service, variable).isTrue());
    }
  }

  @Test
  void secretsComeFromTheEnvFileWhoseExampleHoldsEveryOneAndNoRealValue() {
    String example = DeployFiles.text(DeployFiles.path("infra/compose/.env.example"));
    Matcher required = Pattern.compile("\\$\\{(\\w+):\\?").matcher(DeployFiles.text(COMPOSE));
    while (required.find()) {
      assertThat(example).as("the example names %s", required.group(1)).containsPattern("(?m)^" + required.group(1)
          + "=");
    }
    for (String secret : List.of("CHORUS_INTERNAL_PASSWORD", "CHORUS_KEYSTORE_MASTER_KEY", "POSTGRES_PASSWORD")) {
      assertThat(example).containsPattern("(?m)^" + secret + "=(|change-me.*)$");
    }
  }

  private Map<String, Object> service(String name) {
    return DeployFiles.map(services, name);
  }

  private String image(String service) {
    return (String) DeployFiles.require(service(service), "image");
  }

  private Map<String, Object> environment(String service) {
    return DeployFiles.map(service(service), "environment");
  }

  private Map<String, Object> dependencies(String service) {
    return DeployFiles.map(service(service), "depends_on");
  }
}
