package org.chorus.command.health;

import org.chorus.web.health.KafkaHealthConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The broker in {@code /actuator/health} as the component {@code kafka} (web-security's); Boot has none of its own.
 * The event store is Boot's {@code db}, the key store's own pool {@code keystore}.
 */
@Configuration(proxyBeanMethods = false)
@Import(KafkaHealthConfiguration.class)
class HealthConfiguration {
}
