package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The metrics an operator scrapes time each request as a whole, and no security filter or sign-in on its own. */
@IntegrationTest
class SecurityObservationsTest extends EngineProperties {
    @LocalServerPort
    int port;

    @Test
    void requestsAreTimedWithoutAnObservationPerSecurityStep() {
        Api api = new Api(port);
        assertThat(api.get("champion", "/api/v1/my/stories").status()).isEqualTo(200);

        String metrics = api.get("admin", "/actuator/prometheus").body();

        assertThat(metrics).contains("http_server_requests_seconds_count")
                .doesNotContain("spring_security_filterchains").doesNotContain("spring_security_authentications")
                .doesNotContain("spring_security_authorizations");
    }
}
