package org.chorus.command.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users known from configuration. Only the {@code local} profile defines any (the dev users of API.md);
 * production signs in with OAuth2 JWTs whose claims carry the same facts.
 */
@ConfigurationProperties("chorus")
record UserProfiles(@Nullable Map<String, UserProfile> devUsers, @Nullable Internal internal) {

    record Internal(@Nullable String password) {
    }

    Map<String, UserProfile> users() {
        return devUsers == null ? Map.of() : devUsers;
    }

    @Nullable String internalPassword() {
        return internal == null ? null : internal.password();
    }
}
