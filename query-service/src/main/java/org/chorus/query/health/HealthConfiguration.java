package org.chorus.query.health;

import com.mongodb.client.MongoClient;
import java.time.Duration;
import org.chorus.web.health.KafkaHealthConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The engines in {@code /actuator/health}: the bean names give the component names {@code mongo} and {@code kafka}
 * (the latter from web-security); {@code management.health.<name>.enabled=false} leaves one out.
 */
@Configuration(proxyBeanMethods = false)
@Import(KafkaHealthConfiguration.class)
class HealthConfiguration {

    @Bean
    @ConditionalOnEnabledHealthIndicator("mongo")
    MongoHealth mongoHealthIndicator(MongoClient client,
            @Value("${chorus.health.engine-timeout:PT2S}") Duration timeout) {
        return new MongoHealth(client, timeout);
    }
}
