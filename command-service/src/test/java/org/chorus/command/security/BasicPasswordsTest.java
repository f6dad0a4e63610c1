package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Basic passwords come from configuration and stay as configured after sign-in. Spring Security's default would
 * re-hash them with BCrypt on the first sign-in, and every later request (query-service's key fetch for each story
 * event among them) would then pay for a BCrypt check.
 */
@IntegrationTest
class BasicPasswordsTest extends EngineProperties {
    @LocalServerPort
    int port;
    @Autowired
    InMemoryUserDetailsManager users;

    @Test
    void signingInDoesNotRehashTheConfiguredPasswords() {
        Api api = new Api(port);
        for (int i = 0; i < 2; i++) {
            assertThat(api.get("champion", "/api/v1/my/stories").status()).isEqualTo(200);
            assertThat(api.send("query-service", "internal-local", "GET", "/internal/v1/aggregates?limit=1", null, null)
                    .status()).isEqualTo(200);
        }

        assertThat(users.loadUserByUsername("champion").getPassword()).isEqualTo("champion-local");
        assertThat(users.loadUserByUsername("query-service").getPassword()).isEqualTo("internal-local");
    }

    @Test
    void aWrongPasswordIsStillRefused() {
        Api api = new Api(port);
        assertThat(api.send("query-service", "internal-wrong", "GET", "/internal/v1/aggregates?limit=1", null, null)
                .status()).isEqualTo(401);
        assertThat(api.send("champion", "champion-local-and-more", "GET", "/api/v1/my/stories", null, null).status())
                .isEqualTo(401);
    }
}
