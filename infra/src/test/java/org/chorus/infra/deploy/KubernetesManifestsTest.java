package org.chorus.infra.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTest {

  private static final Map<String, List<String>> ENGINE_VARIABLES = Map.of(
      "command-service", List.of("SPRING_DATASOURCE_URL", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "CHORUS_KEYSTORE_URL"),
      "query-service", List.of("CHORUS_MONGO_URI", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "CHORUS_COMMAND_URL"));

  private final KubernetesManifests base = new KubernetesManifests("infra/k8s/base");
  private final KubernetesManifests production = new KubernetesManifests("infra/k8s/overlays/production");

  @Test
  void everyListedResourceAndPatchExists() {
    for (KubernetesManifests manifests : List.of(base, production)) {
      assertThat(manifests.listedPaths()).isNotEmpty().allSatisfy(path -> assertThat(path).exists());
    }
  }

  @Test
  void everyImageIsPinnedToOneRelease() {
    List<Object> everything = List.of(base.documents(), production.documents(), production.kustomization());
    assertThat(DeployFiles.images(everything)).isNotEmpty().allSatisfy(image ->
        assertThat(PinnedImage.isPinned(image)).as("%s is pinned to one release", image).isTrue());
    for (Object override : DeployFiles.list(production.kustomization(), "images")) {
      String image = DeployFiles.map(override).get("name") + ":" + DeployFiles.map(override).get("newTag");
      assertThat(PinnedImage.isPinned(image)).as("%s is pinned to one release", image).isTrue();
    }
  }

  @Test
  void bothDeploymentsProbeTheActuatorHealthGroupsAndRequestResources() {
    for (String service : ENGINE_VARIABLES.keySet()) {
      Map<String, Object> container = container(service);
      assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
      assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
      Map<String, Object> resources = DeployFiles.map(container, "resources");
      assertThat(DeployFiles.map(resources, "requests")).containsKeys("cpu", "memory");
      assertThat(DeployFiles.map(resources, "limits")).containsKey("memory");
    }
  }

  @Test
  void eachServiceIsGivenItsEnginesInBaseAndProduction() {
    ENGINE_VARIABLES.forEach((service, engines) -> {
      assertThat(environment(service, List.of(base))).containsAll(engines);
      assertThat(environment(service, List.of(base, production))).containsAll(engines);
    });
  }

  @Test
  void everyVariableGivenToAServiceIsOneItReads() {
    for (String service : ENGINE_VARIABLES.keySet()) {
      ServiceProperties reads = ServiceProperties.of(service);
      assertThat(environment(service, List.of(base, production))).allSatisfy(variable ->
          assertThat(reads.reads(variable)).as("%s reads %s", service, variable).isTrue());
    }
  }

  @Test
  void productionRunsSeveralCommandServicesAndScalesQueryService() {
    Map<String, Object> replicas = production.named("Deployment", "command-service");
    assertThat((Integer) DeployFiles.map(replicas, "spec").get("replicas")).isGreaterThan(1);
    Map<String, Object> autoscaler = production.named("HorizontalPodAutoscaler", "query-service");
    Map<String, Object> spec = DeployFiles.map(autoscaler, "spec");
    assertThat(DeployFiles.map(spec, "scaleTargetRef")).containsEntry("kind", "Deployment")
        .containsEntry("name", "query-service");
    assertThat((Integer) spec.get("maxReplicas")).isGreaterThan((Integer) spec.get("minReplicas"));
  }

  @Test
  void kafkaKeepsThreeReplicasTakesWritesOnTwoAndNeverElectsAnUncleanLeader() {
    Map<String, Object> kafka = production.named("StatefulSet", "kafka");
    assertThat((Integer) DeployFiles.map(kafka, "spec").get("replicas")).isEqualTo(3);
    Map<String, Object> container = KubernetesManifests.onlyContainer(kafka);
    assertThat((String) container.get("image")).matches("apache/kafka:4\\.\\d+\\.\\d+");
    Map<String, String> settings = DeployFiles.list(container, "env").stream().map(DeployFiles::map)
        .filter(variable -> variable.containsKey("value"))
        .collect(Collectors.toMap(variable -> (String) variable.get("name"),
            variable -> (String) variable.get("value")));
    assertThat(settings).containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
        .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
        .containsEntry("KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE", "false")
        .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3");
  }

  @Test
  void mongoIsShardedOnHashedIdAndPostgresHasASynchronousStandby() throws Exception {
    Map<String, Object> queryConfig = production.named("ConfigMap", "chorus-query-config");
    String sharded = String.valueOf(((Map<?, ?>) queryConfig.get("data")).get("CHORUS_MONGO_SHARDED_COLLECTIONS"));
    assertThat(List.of(sharded.split(","))).contains("stories", "story_counted", "equality_profiles",
        "story_citations");
    String readme = Files.readString(DeployFiles.path("infra/k8s/README.md"));
    assertThat(readme).containsPattern("synchronous_commit\\s*=\\s*on")
        .containsPattern("synchronous_standby_names\\s*=\\s*'ANY 1");
  }

  private Map<String, Object> container(String service) {
    return KubernetesManifests.onlyContainer(base.named("Deployment", service));
  }

  private List<String> environment(String service, List<KubernetesManifests> sources) {
    return List.copyOf(KubernetesManifests.environment(container(service), sources));
  }

  private static String probePath(Map<String, Object> container, String probe) {
    return String.valueOf(DeployFiles.map(DeployFiles.map(container, probe), "httpGet").get("path"));
  }
}
