package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests are measured once each, not once per security filter: Spring Security's own observations (one per filter
 * of the chain, per authentication and per authorisation) cost a hot read about 15 % of its time.
 */
@IntegrationTest
class SecurityObservationsTest extends EngineProperties {
    @LocalServerPort
    int port;

    @Test
    void requestsAreMeasuredWithoutAnObservationPerSecurityFilter() {
        Api api = new Api(port);
        assertThat(api.get("champion", "/api/v1/my/stories").status()).isEqualTo(200);
        assertThat(api.get("champion", "/actuator/publishing").status()).isEqualTo(403);

        String metrics = api.get("admin", "/actuator/prometheus").body();

        assertThat(metrics).contains("http_server_requests_seconds_count");
        assertThat(metrics).doesNotContain("spring_security_");
    }
}
