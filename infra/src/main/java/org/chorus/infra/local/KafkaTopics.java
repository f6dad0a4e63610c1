package org.chorus.infra.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the event topics the services expect, since the broker never creates topics on its own. */
public final class KafkaTopics {

  public static final String STORY_EVENTS = "chorus.story.events";
  public static final int STORY_EVENT_PARTITIONS = 3;

  private KafkaTopics() {}

  public static void ensureStoryEvents(String bootstrapServers) {
    ensure(bootstrapServers, STORY_EVENTS, STORY_EVENT_PARTITIONS);
  }

  public static void ensure(String bootstrapServers, String topic, int partitions) {
    NewTopic newTopic = new NewTopic(topic, Optional.of(partitions), Optional.empty())
        .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"));
    try (Admin admin = admin(bootstrapServers)) {
      admin.createTopics(List.of(newTopic)).all().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create Kafka topic " + topic, e.getCause());
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not create Kafka topic " + topic, e);
    }
  }

  static void awaitBroker(String bootstrapServers, Duration timeout) {
    try (Admin admin = admin(bootstrapServers)) {
      admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("Kafka broker at " + bootstrapServers + " did not answer", e);
    }
  }

  private static Admin admin(String bootstrapServers) {
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
  }
}
