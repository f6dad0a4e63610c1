package org.chorus.web.security;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when dev users ({@code chorus.dev-users.*}) are configured without the {@code local} profile:
 * their passwords are known to everyone who has read the README.
 */
@Component
public class DevUsersOnlyLocally {
    private static final ConfigurationPropertyName DEV_USERS = ConfigurationPropertyName.of("chorus.dev-users");

    public DevUsersOnlyLocally(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("local")) && devUsersConfigured(environment)) {
            throw new IllegalStateException("Dev users (chorus.dev-users) are configured but the 'local' profile is "
                    + "not active. Dev users exist only on the local profile: remove them, or sign in through "
                    + "chorus.auth (OAuth2/OIDC) in production.");
        }
    }

    private static boolean devUsersConfigured(Environment environment) {
        for (var source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource names
                    && names.stream().anyMatch(DEV_USERS::isAncestorOf)) {
                return true;
            }
        }
        return false;
    }
}
