package org.chorus.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chorus.command.support.Api;
import org.chorus.command.support.FreshDatabase;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.TestEngines;
import org.chorus.kernel.event.EventHeaders;
import org.chorus.kernel.event.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * With deliberately tiny gap settings the publisher gives up on a held commit and skips its event for good (Axon's
 * reader never asks for that global index again); the aggregate heads show the event store ahead of Kafka, and the
 * operator's republish tool brings the event to Kafka.
 */
@IntegrationTest
@DirtiesContext
class SkippedEventRepublishIntegrationTest {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.jdbcUrl("tiny_gaps"));
        registry.add("spring.kafka.bootstrap-servers", () -> TestEngines.kafkaServers());
        registry.add("chorus.data-dir", () -> TestEngines.dataDir().toString());
        registry.add("chorus.event-store.gap-timeout", () -> "PT1S");
        registry.add("chorus.event-store.max-gap-offset", () -> "1");
        registry.add("chorus.event-store.gap-cleaning-threshold", () -> "1");
    }

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventSkippedPastTinyGapSettingsIsShownByTheHeadsAndBroughtToKafkaByTheRepublishTool() throws Exception {
        Api api = new Api(port);
        HeldCommit.Outcome outcome = new HeldCommit(commands, transactions).run(Duration.ofSeconds(2), 3);
        awaitNoLag(api);

        assertThat(TopicReader.everything(Topics.CHAMPION_EVENTS, List.of(outcome.held()), Duration.ofSeconds(5)))
                .as("the held event was skipped by the publisher").isEmpty();
        JsonNode head = headOf(api, outcome.held());
        assertThat(head.get("type").asText()).isEqualTo("Champion");
        assertThat(head.get("lastSequence").asLong()).as("the event store has sequence 0, Kafka nothing").isZero();

        Api.Reply republished = api.post("admin", "/actuator/republish",
                Api.json(Map.of("aggregateId", outcome.held(), "fromSequence", 0)));

        assertThat(republished.status()).isEqualTo(200);
        assertThat(republished.json().get("republished").asInt()).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(Topics.CHAMPION_EVENTS,
                List.of(outcome.held()), Duration.ofSeconds(10));
        assertThat(records).hasSize(1);
        assertThat(header(records.get(0), EventHeaders.EVENT_TYPE)).isEqualTo("ChampionRegisteredEvent");
        assertThat(header(records.get(0), EventHeaders.AGGREGATE_TYPE)).isEqualTo("Champion");
        assertThat(header(records.get(0), EventHeaders.SEQUENCE)).isEqualTo("0");
        assertThat(header(records.get(0), EventHeaders.CAUSED_BY)).isEqualTo("system");
    }

    private static void awaitNoLag(Api api) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode publishing = api.get("admin", "/actuator/publishing").json();
        while (publishing.get("lag").asLong() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            publishing = api.get("admin", "/actuator/publishing").json();
        }
        assertThat(publishing.get("lag").asLong()).as("the publisher passed the head: " + publishing).isZero();
    }

    private static JsonNode headOf(Api api, String aggregateId) {
        Api.Reply heads = api.send("query-service", "internal-local", "GET", "/internal/v1/aggregates?limit=10000",
                null, null);
        assertThat(heads.status()).isEqualTo(200);
        for (JsonNode head : heads.json().get("aggregates")) {
            if (head.get("id").asText().equals(aggregateId)) {
                return head;
            }
        }
        throw new AssertionError("aggregate " + aggregateId + " not among the heads: " + heads.body());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
