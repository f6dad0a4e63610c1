package org.chorus.infra.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.chorus.infra.e2e.EnginesTestBase;
import org.chorus.infra.local.KafkaTopics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every engine set must do, whether embedded or in containers. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
abstract class EngineContractTest extends EnginesTestBase {

  @Test
  void postgresWaitsForTheDiskBeforeConfirmingACommit() throws Exception {
    assertThat(EngineProbes.setting(engines(), "fsync")).isEqualTo("on");
    assertThat(EngineProbes.setting(engines(), "synchronous_commit")).isEqualTo("on");
  }

  @Test
  void postgresReadsBackACommittedRow() throws Exception {
    String marker = UUID.randomUUID().toString();
    EngineProbes.insertRow(engines(), marker);
    assertThat(EngineProbes.rowExists(engines(), marker)).isTrue();
    assertThat(EngineProbes.rowExists(engines(), "never-written")).isFalse();
  }

  @Test
  void kafkaDeliversARecordAcknowledgedByAllReplicas() throws Exception {
    String key = UUID.randomUUID().toString();
    EngineProbes.produce(engines(), key, "hello " + key);
    assertThat(EngineProbes.consume(engines(), key, Duration.ofSeconds(30))).contains("hello " + key);
  }

  @Test
  void storyEventsTopicHasThreePartitionsAndKeepsEventsForever() throws Exception {
    ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, KafkaTopics.STORY_EVENTS);
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        engines().kafkaBootstrapServers()))) {
      TopicDescription description = admin.describeTopics(Set.of(KafkaTopics.STORY_EVENTS))
          .allTopicNames().get(30, TimeUnit.SECONDS).get(KafkaTopics.STORY_EVENTS);
      Config config = admin.describeConfigs(Set.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
      assertThat(description.partitions()).hasSize(KafkaTopics.STORY_EVENT_PARTITIONS);
      assertThat(config.get("retention.ms").value()).isEqualTo("-1");
    }
  }

  @Test
  void mongoFindsAnInsertedDocumentThroughTheRealDriver() {
    String id = UUID.randomUUID().toString();
    EngineProbes.insertDocument(engines(), id, "story " + id);
    assertThat(EngineProbes.findDocument(engines(), id)).contains("story " + id);
    assertThat(EngineProbes.findDocument(engines(), "missing")).isEmpty();
  }
}
