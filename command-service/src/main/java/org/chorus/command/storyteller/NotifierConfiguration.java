package org.chorus.command.storyteller;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Response notifications run in a tracking processor of their own, and a failed send propagates so the processor
 * rolls back and retries (with back-off) instead of logging and moving on.
 */
@Configuration(proxyBeanMethods = false)
class NotifierConfiguration {

    @Bean
    ConfigurerModule responseNotificationsTrack() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(ResponseNotifier.GROUP)
                .registerListenerInvocationErrorHandler(ResponseNotifier.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
