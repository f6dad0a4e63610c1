package org.chorus.command.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The open health endpoint on the real engines: anyone sees which engine is up (the event store as {@code db}, the
 * key store, the broker) but no details, and only readiness depends on an engine.
 */
@IntegrationTest
class EngineHealthIntegrationTest extends ServiceTest {

    @Test
    void anyoneSeesTheEventStoreTheKeyStoreAndTheBrokerUpWithoutDetails() {
        Api.Reply health = anonymous("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        JsonNode components = health.json().get("components");
        for (String engine : new String[] {"db", "keystore", "kafka"}) {
            assertThat(components.has(engine)).as(engine).isTrue();
            assertThat(components.get(engine).get("status").asText()).as(engine).isEqualTo("UP");
        }
        assertThat(health.body()).doesNotContain("details", "clusterId", "PostgreSQL");
    }

    @Test
    void livenessDependsOnNoEngineAndReadinessOnBothDatabasesButNotTheBroker() {
        JsonNode liveness = anonymous("/actuator/health/liveness").json().get("components");
        JsonNode readiness = anonymous("/actuator/health/readiness").json().get("components");

        assertThat(liveness.size()).isEqualTo(1);
        assertThat(liveness.has("livenessState")).isTrue();
        assertThat(readiness.size()).isEqualTo(3);
        assertThat(readiness.has("db") && readiness.has("keystore") && readiness.has("readinessState")).isTrue();
    }

    private Api.Reply anonymous(String path) {
        return api.send(null, null, "GET", path, null, null);
    }
}
