package org.chorus.command.storyteller;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Response notifications run in a tracking processor of their own, and a failed send propagates so the processor
 * rolls back and retries (with back-off) instead of logging and moving on. It starts at the head of the event
 * stream the first time: responses recorded before notifications existed are not sent years late.
 */
@Configuration(proxyBeanMethods = false)
class NotifierConfiguration {

    @Bean
    ConfigurerModule responseNotificationsTrack() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(ResponseNotifier.GROUP)
                .registerTrackingEventProcessorConfiguration(ResponseNotifier.GROUP, c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(ResponseNotifier.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
