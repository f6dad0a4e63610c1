package org.chorus.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A configured secret matches itself only, and is never marked for re-hashing. */
class ConfiguredSecretsTest {
    private final ConfiguredSecrets secrets = new ConfiguredSecrets();

    @Test
    void onlyTheConfiguredSecretMatches() {
        String stored = secrets.encode("internal-local");
        assertThat(secrets.matches("internal-local", stored)).isTrue();
        assertThat(secrets.matches("internal-locaL", stored)).isFalse();
        assertThat(secrets.matches("internal-local ", stored)).isFalse();
        assertThat(secrets.matches("internal", stored)).isFalse();
        assertThat(secrets.matches("", stored)).isFalse();
        assertThat(secrets.matches(null, stored)).isFalse();
        assertThat(secrets.matches("internal-local", null)).isFalse();
    }

    @Test
    void neverAskedToUpgrade() {
        assertThat(secrets.upgradeEncoding(secrets.encode("internal-local"))).isFalse();
    }
}
