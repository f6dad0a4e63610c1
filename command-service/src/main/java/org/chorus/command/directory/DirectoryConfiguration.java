package org.chorus.command.directory;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory projections run inside the command's transaction: if one fails, the command must fail with it
 * rather than commit events the directory does not reflect (Axon's default would only log the error).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    ConfigurerModule directoryErrorsFailTheCommand() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("directory", c -> PropagatingErrorHandler.instance());
    }
}
