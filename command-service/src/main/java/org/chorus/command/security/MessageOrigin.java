package org.chorus.command.security;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps Axon's correlation and trace ids on every message: Axon registers its own origin provider only when no other
 * {@link CorrelationDataProvider} exists, and {@link CauseOfChange} is one.
 */
@Configuration(proxyBeanMethods = false)
class MessageOrigin {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
