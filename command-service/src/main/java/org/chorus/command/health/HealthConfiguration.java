package org.chorus.command.health;

import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.chorus.web.health.KafkaHealth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The broker in {@code /actuator/health} as the component {@code kafka} (from the bean name); Boot has none of its
 * own. The event store is Boot's {@code db}, the key store's own pool {@code keystore}.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("kafka")
    KafkaHealth kafkaHealthIndicator(KafkaAdmin admin,
            @Value("${chorus.health.engine-timeout:PT2S}") Duration timeout) {
        return new KafkaHealth(Admin.create(admin.getConfigurationProperties()), timeout);
    }
}
