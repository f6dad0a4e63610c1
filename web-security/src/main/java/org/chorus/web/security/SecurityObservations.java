package org.chorus.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations off in both services. With an observation registry present (the actuator brings
 * one), Spring Security wraps every filter of every chain in an observation and observes each authentication and
 * authorisation; on a hot read that was about 15 % of the request's time (docs/benchmarks.md). Requests are still
 * observed as {@code http.server.requests}, with their status, so failed sign-ins still show as 401s.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
