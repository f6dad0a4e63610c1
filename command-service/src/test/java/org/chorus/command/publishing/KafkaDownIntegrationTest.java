package org.chorus.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.FreshDatabase;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.Stories;
import org.chorus.command.support.TestEngines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With no broker to reach, commands are still accepted (202) and stored: the publisher is asynchronous, and the
 * publishing endpoint shows the backlog it will send once Kafka is back. (The outage and its drain end to end are
 * the infra fault suite's.) The context is closed afterwards: its publisher would retry for the rest of the run.
 */
@IntegrationTest
@DirtiesContext
class KafkaDownIntegrationTest {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.jdbcUrl("kafka_down"));
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + closedPort());
        registry.add("spring.kafka.admin.auto-create", () -> "false");
        registry.add("spring.kafka.producer.properties.max.block.ms", () -> "1000");
        registry.add("chorus.data-dir", () -> TestEngines.dataDir().toString());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commandsAreAcceptedAndStoredWhileKafkaIsDown() throws Exception {
        Api api = new Api(port);
        for (int i = 0; i < 3; i++) {
            Api.Reply reply = api.post("champion", "/api/v1/stories",
                    Api.json(Stories.submission("Broker down " + i, "Words " + UUID.randomUUID())));
            assertThat(reply.status()).isEqualTo(202);
            String id = reply.json().get("id").asText();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, id)).isEqualTo(1);
        }

        Thread.sleep(3000);
        JsonNode publishing = api.get("admin", "/actuator/publishing").json();
        assertThat(publishing.get("lag").asLong()).as("the backlog waits for the broker: " + publishing)
                .isGreaterThanOrEqualTo(3);
        assertThat(publishing.get("eventStoreHead").asLong() - publishing.get("published").asLong())
                .isEqualTo(publishing.get("lag").asLong());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
