package org.chorus.command.publishing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A send the publisher cannot make fails its batch. Axon's default for a handler's exception is to log it and go on
 * with the next event, which would move the publisher's token past an event that never reached Kafka (a send to an
 * unreachable broker fails in the handler itself, before any acknowledgement is awaited). Propagated, the batch rolls
 * back, the segment is released and the processor tries again from the same token after its back-off.
 */
@Configuration(proxyBeanMethods = false)
class PublisherFailures {

    @Bean
    ConfigurerModule publisherFailuresStopTheBatch() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                KafkaEventPublisher.PROCESSOR, axon -> PropagatingErrorHandler.instance()));
    }
}
