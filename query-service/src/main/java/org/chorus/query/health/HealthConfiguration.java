package org.chorus.query.health;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.chorus.web.health.KafkaHealth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The engines in {@code /actuator/health}: the bean names give the component names {@code mongo} and {@code kafka};
 * {@code management.health.<name>.enabled=false} leaves one out.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("mongo")
    MongoHealth mongoHealthIndicator(MongoClient client,
            @Value("${chorus.health.engine-timeout:PT2S}") Duration timeout) {
        return new MongoHealth(client, timeout);
    }

    @Bean
    @ConditionalOnEnabledHealthIndicator("kafka")
    KafkaHealth kafkaHealthIndicator(KafkaAdmin admin,
            @Value("${chorus.health.engine-timeout:PT2S}") Duration timeout) {
        return new KafkaHealth(Admin.create(admin.getConfigurationProperties()), timeout);
    }
}
