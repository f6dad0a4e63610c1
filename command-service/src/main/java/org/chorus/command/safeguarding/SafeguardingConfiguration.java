package org.chorus.command.safeguarding;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failed alert must be tried again, not logged and skipped (Axon's default): the error rolls the processor's batch
 * back, and the escalation is handled again.
 */
@Configuration(proxyBeanMethods = false)
class SafeguardingConfiguration {

    @Bean
    ConfigurerModule safeguardingAlertsAreRetried() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(EscalationAlerter.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
