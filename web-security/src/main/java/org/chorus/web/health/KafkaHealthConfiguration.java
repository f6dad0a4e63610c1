package org.chorus.web.health;

import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The broker in {@code /actuator/health} as the component {@code kafka} (from the bean name), for both services to
 * import; {@code management.health.kafka.enabled=false} leaves it out, and {@code chorus.health.engine-timeout} bounds
 * each check.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaHealthConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("kafka")
    KafkaHealth kafkaHealthIndicator(KafkaAdmin admin,
            @Value("${chorus.health.engine-timeout:PT2S}") Duration timeout) {
        return new KafkaHealth(Admin.create(admin.getConfigurationProperties()), timeout);
    }
}
