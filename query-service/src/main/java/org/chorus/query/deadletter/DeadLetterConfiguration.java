package org.chorus.query.deadletter;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    ParkedAggregates parkedAggregates(MongoDatabase database, MeterRegistry registry) {
        ParkedAggregates parked = new ParkedAggregates(database);
        Gauge.builder("chorus.parked.aggregates", parked, ParkedAggregates::count)
                .description("Aggregates held back by a poison event, waiting for a replay").register(registry);
        return parked;
    }

    @Bean
    ProjectionErrors projectionErrors(MeterRegistry registry) {
        return new ProjectionErrors(registry);
    }

    @Bean
    DeadLetterTopics deadLetterTopics(KafkaTemplate<String, String> template, KafkaAdmin admin) {
        return new DeadLetterTopics(template, Admin.create(admin.getConfigurationProperties()), BROKER_TIMEOUT);
    }

    @Bean
    RetryPolicy retryPolicy(@Value("${chorus.dead-letter.attempts:5}") int attempts,
            @Value("${chorus.dead-letter.back-off:1s}") Duration backOff) {
        return new RetryPolicy(attempts, backOff);
    }

    @Bean
    PoisonGuard poisonGuard(@Qualifier("recordApplier") Projector projector, ParkedAggregates parked,
            DeadLetterTopics topics, ProjectionErrors errors, RetryPolicy retry) {
        return new PoisonGuard(projector, parked, topics, retry, errors, Clock.systemUTC());
    }

    @Bean
    Replay parkedReplay(@Qualifier("recordApplier") Projector projector, ParkedAggregates parked,
            ConsumerFactory<String, String> consumers, ProjectionErrors errors) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
        return new Replay(projector, parked, () -> new DeadLetterReader(
                consumers.createConsumer("query-service-dead-letter-replay", null, null, properties), BROKER_TIMEOUT),
                errors);
    }
}
