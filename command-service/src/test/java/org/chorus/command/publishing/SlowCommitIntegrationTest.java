package org.chorus.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chorus.command.support.FreshDatabase;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.TestEngines;
import org.chorus.kernel.event.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A command whose transaction stays open past the event store's gap timeout, while other commands commit around it,
 * still reaches Kafka. The gap timeout is cut to 3 seconds so the test can outlast it; the other gap settings are the
 * production ones. The test has its own database, so no other context's publisher reads this event store.
 */
@IntegrationTest
@DirtiesContext
class SlowCommitIntegrationTest {
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(3);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.jdbcUrl("slow_commit"));
        registry.add("spring.kafka.bootstrap-servers", () -> TestEngines.kafkaServers());
        registry.add("chorus.data-dir", () -> TestEngines.dataDir().toString());
        registry.add("chorus.event-store.gap-timeout", GAP_TIMEOUT::toString);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EventStoreSettings settings;

    @Test
    void aCommitHeldPastTheGapTimeoutStillReachesKafka() throws Exception {
        assertThat(settings.gapTimeout()).isEqualTo(GAP_TIMEOUT);

        HeldCommit.Outcome outcome = new HeldCommit(commands, transactions).run(GAP_TIMEOUT.multipliedBy(2), 5);

        List<ConsumerRecord<String, byte[]>> held = TopicReader.records(Topics.CHAMPION_EVENTS,
                List.of(outcome.held()), Duration.ofSeconds(30));
        assertThat(held).as("the event of the command held for twice the gap timeout, on Kafka").hasSize(1);
    }
}
