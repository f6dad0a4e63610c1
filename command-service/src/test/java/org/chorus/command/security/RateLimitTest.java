package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Requests a minute per signed-in user, then per client address for anonymous callers; 429 with Retry-After. */
@IntegrationTest
@TestPropertySource(properties = {"chorus.rate-limit.enabled=true", "chorus.rate-limit.per-user-per-minute=3",
        "chorus.rate-limit.per-address-per-minute=4"})
class RateLimitTest extends EngineProperties {
    @LocalServerPort
    int port;

    @Test
    void aUserOverTheLimitIsToldToWaitWhileAnotherUserCarriesOn() {
        Api api = new Api(port);
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("champion", "/api/v1/my/stories").status()).isEqualTo(200);
        }
        Api.Reply tooMany = api.get("champion", "/api/v1/my/stories");
        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(Long.parseLong(tooMany.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooMany.json().get("status").asInt()).isEqualTo(429);

        assertThat(api.get("champion2", "/api/v1/my/stories").status()).isEqualTo(200);
    }

    @Test
    void anonymousCallersAreCountedByAddress() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
        for (int i = 0; i < 4; i++) {
            assertThat(http.send(login, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> tooMany = http.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(tooMany.headers().firstValue("Retry-After")).isPresent();
        assertThat(tooMany.body()).contains("\"status\":429");
    }
}
